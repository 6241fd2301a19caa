"""The committed benchmark reports: one folder per report, docs/results/<date>-<commit>/,
named after what its raw data says, with a README.md whose charts exist, and which says
so when the tree measured had uncommitted changes."""

import json
import os
import re

from bench import REPO_ROOT

RESULTS = os.path.join(REPO_ROOT, 'docs', 'results')
FOLDER = re.compile(r'^(\d{4}-\d\d-\d\d)-([0-9a-f]{7})(-\d+)?$')


def folders():
    return sorted(os.path.join(RESULTS, name) for name in os.listdir(RESULTS))


def test_every_report_is_named_by_its_date_and_commit():
    assert len(folders()) >= 4
    for folder in folders():
        match = FOLDER.match(os.path.basename(folder))
        assert match, folder
        with open(os.path.join(folder, 'results.json')) as f:
            doc = json.load(f)
        assert doc['created'][:10] == match.group(1), folder
        assert doc['git_commit'].startswith(match.group(2)), folder
        with open(os.path.join(folder, 'README.md')) as f:
            readme = f.read()
        assert match.group(2) in readme.splitlines()[0], folder
        if doc.get('git_dirty') is not False:
            # a dirty (or unknown) tree is said, and what was uncommitted listed if known
            assert '`git_dirty: true`' in readme or 'uncommitted when measured' in readme
        for image in re.findall(r'!\[[^]]*\]\(([^)]+)\)', readme):
            assert os.path.isfile(os.path.join(folder, image)), (folder, image)


def test_readme_keeps_no_dated_report():
    with open(os.path.join(REPO_ROOT, 'README.md')) as f:
        readme = f.read()
    assert 'docs/results/<YYYY-MM-DD>-<commit>/' in readme
    assert 'docs/results-' not in readme and 'docs/images/' not in readme
    assert not re.search(r'^#+ .*session \d', readme, re.M)
