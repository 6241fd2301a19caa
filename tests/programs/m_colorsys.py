import colorsys
import random

rng = random.Random(7)
samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.5),
           (1.0, 1.0, 0.0), (0.3, 0.3, 0.9)]
samples += [(rng.random(), rng.random(), rng.random()) for _ in range(40)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq))
    print('  ', hls, colorsys.hls_to_rgb(*hls))
    print('  ', hsv, colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.25, 0.5, 0.75, 0.99, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.0))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(3, 1, 2))
print(sorted(colorsys.__all__))
