# html.parser: HTMLParser's callbacks on tags, attributes, text, references, comments,
# declarations, script content, text fed in pieces, positions.
from html.parser import HTMLParser


class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def merged(events):
    """Adjacent data events joined (how text is cut depends on the feeding)."""
    out = []
    for e in events:
        if e[0] == 'data' and out and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        else:
            out.append(e)
    return out


DOC = '''<!DOCTYPE html>
<html lang="en"><head><title>A &amp; B</title>
<meta charset=utf-8><link rel='stylesheet' href="s.css?a=1&amp;b=2">
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</STYLE>
</head>
<body class="Main" DATA-X="1" hidden>
<!-- a comment -- with dashes -->
<p id=p1>Caf&eacute; &copy; 2023 &#169; &#xA9; &notanentity; AT&T a < b &lt;&gt;</p>
<br/><img src="i.png" alt='x "y"' /><input disabled value="">
<?xml version="1.0"?>
<![CDATA[raw <data>]]>
</P></body></html>'''

for convert in (True, False):
    p = Log(convert_charrefs=convert)
    p.feed(DOC)
    p.close()
    print('convert_charrefs', convert)
    for e in merged(p.events):
        print('  ', e)
    q = Log(convert_charrefs=convert)
    for ch in DOC:
        q.feed(ch)
    q.close()
    print('  char by char the same:', [e[:3] for e in merged(q.events)] ==
          [e[:3] for e in merged(p.events)])

p = Log()
p.feed('<a href="x">link</a> tail text &am')
print(p.events, repr(p.rawdata))
p.feed('p; more')
print(p.events[-1:], p.getpos())
p.close()
print(p.events[-1:], p.get_starttag_text())
p = Log()
p.feed('text <unfinished attr="1')
print(p.events)
p.close()
print(p.events)
p = Log()
p.feed('<p>line one\nline two\n<b>bold</b></p>')
print([e for e in p.events if e[0] == 'start'], p.getpos())
p = Log()
p.feed('</> </3> <//x> < p> a<b')
p.close()
print(merged(p.events))
base = HTMLParser()
base.feed('<x>y</x><br/>&amp;')
base.close()
print(base.get_starttag_text(), base.lasttag)
for text in ['a &# b; c', 'x &#12', 'y &name', 'z &', '&#x41;&#65 &lt &gt;x', '<a href=a&amp;b>',
             'q &#xZ; r', '<p title="&quot;q&quot;" data=&lt;>t</p>']:
    for convert in (True, False):
        p = Log(convert_charrefs=convert)
        p.feed(text)
        before = list(p.events)
        p.close()
        print(repr(text), convert, before, p.events[len(before):])
