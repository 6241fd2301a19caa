# html (gclab/lib/html.py): escape with and without quote, unescape of named, numeric
# and invalid references (HTML5's rules: C1 controls read as Windows-1252, surrogates
# and out-of-range numbers give U+FFFD, noncharacters vanish, legacy names without ';')
import html

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'))
print(html.escape('<a href="x">it\'s</a>', quote=False))
print(html.escape(''), repr(html.escape('plain text')), html.escape('&amp;'))
print(html.unescape(html.escape('<"\'&>')) == '<"\'&>')
named = '&amp; &lt; &gt; &quot; &apos; &#x27; &copy; &reg; &hellip; &mdash; &ndash; &euro;'
print(ascii(html.unescape(named)))
print(ascii(html.unescape('a&nbsp;b &Alpha;&beta;&Omega; &larr;&rArr; &AMP;&QUOT;&LT;&GT;')))
print(html.unescape('&#65;&#x42;&#X43;&#0068;&#x000045 &#70 &#x47'))
print(ascii(html.unescape('&#0;|&#128;|&#x80;|&#150;|&#x9f;|&#129;|&#13;|&#11;|&#x7f;')))
print(ascii(html.unescape('&#xD800;|&#xdfff;|&#1114111;|&#1114112;|&#99999999999999;|&#xfffe;|&#x1ffff;|&#xfdd0;')))
# legacy names work without ';' and as a prefix; other names need the ';'
print(ascii(html.unescape('&amp &ampx &copy2023 &notit; &notin; &lt;&ltx &euro &hellipx')))
print(html.unescape('&unknown; &#; &#x; &#xg; & &; &&amp; a&b &#-1; &# 65;'))
print(repr(html.unescape('&AMP;&amp')), repr(html.unescape('')), repr(html.unescape('no refs')))
long_name = '&' + 'a' * 40 + ';'
print(html.unescape(long_name) == long_name)
print(html.unescape('x&amp' + 'y' * 35 + ';') == 'x&' + 'y' * 35 + ';')
for bad in (None, 5, b'&amp;'):
    try:
        html.unescape(bad)
    except (TypeError, AttributeError) as e:
        print(type(bad).__name__, type(e).__name__)
try:
    html.escape(42)
except AttributeError as e:
    print('escape(42):', type(e).__name__)
