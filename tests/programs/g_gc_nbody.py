# GC workload: benchmarks-game n-body with floats, lists of bodies, energy printed with %.9f
import math

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS


def bodies():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bs):
    px = py = pz = 0.0
    for b in bs:
        px += b.vel[0] * b.mass
        py += b.vel[1] * b.mass
        pz += b.vel[2] * b.mass
    sun = bs[0]
    sun.vel = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]


def energy(bs):
    e = 0.0
    n = len(bs)
    for i in range(n):
        b = bs[i]
        e += 0.5 * b.mass * (b.vel[0] ** 2 + b.vel[1] ** 2 + b.vel[2] ** 2)
        for j in range(i + 1, n):
            c = bs[j]
            dx = b.pos[0] - c.pos[0]
            dy = b.pos[1] - c.pos[1]
            dz = b.pos[2] - c.pos[2]
            e -= b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bs, dt, steps):
    pairs = []
    for i in range(len(bs)):
        for j in range(i + 1, len(bs)):
            pairs.append((bs[i], bs[j]))
    for s in range(steps):
        for b, c in pairs:
            dx = b.pos[0] - c.pos[0]
            dy = b.pos[1] - c.pos[1]
            dz = b.pos[2] - c.pos[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b.mass * mag
            cm = c.mass * mag
            b.vel[0] -= dx * cm
            b.vel[1] -= dy * cm
            b.vel[2] -= dz * cm
            c.vel[0] += dx * bm
            c.vel[1] += dy * bm
            c.vel[2] += dz * bm
        for b in bs:
            b.pos = [b.pos[0] + dt * b.vel[0], b.pos[1] + dt * b.vel[1], b.pos[2] + dt * b.vel[2]]


system = bodies()
offset_momentum(system)
print("%.9f" % energy(system))
for round in range(4):
    advance(system, 0.01, 100)
    print("%.9f" % energy(system))
print("%.6f %.6f" % (system[1].pos[0], system[4].vel[2]))
