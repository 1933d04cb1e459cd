#!/usr/bin/env python3
"""Fits the quartic P of FloatMath.expNonPositive (e^r = 1 + r + r²P(r), |r| <= ln2/2) and
checks the Float algorithm, emulated step by step in numpy float32, against float64 exp.
Run: python3 Tests/DaftarActivationsTests/References/fit_float_exp.py (numpy, mpmath)."""
import numpy as np, mpmath as mp
mp.mp.dps=30
a=float(mp.log(2)/2)*1.0005
# fit g(r) = (e^r - 1 - r)/r^2 with degree 4 polynomial, weighted for relative error of e^r
N=4
k=np.arange(2000); r=a*np.cos(np.pi*(k+0.5)/2000)
g=np.array([float((mp.exp(mp.mpf(x))-1-x)/x**2) for x in r])
w=np.array([float(mp.mpf(x)**2/mp.exp(x)) for x in r])  # error in e^r = r^2*err_g ; relative -> /e^r
# iterative reweighted least squares toward minimax
c=None
wt=w.copy()
for it in range(30):
    A=np.vander(r,N+1,increasing=True)*wt[:,None]
    c,*_=np.linalg.lstsq(A,g*wt,rcond=None)
    err=(np.vander(r,N+1,increasing=True)@c-g)*w
    wt=wt*(np.abs(err)/np.abs(err).max())**0.3+1e-30
print('coeffs',[repr(float(np.float32(v))) for v in c]); print('max rel err in e^r', np.abs(err).max())
f=np.float32
C=[f(v) for v in c[::-1]]
def expf(t):
    t=np.where(t< f(-104), f(-104), t).astype(f)
    k=(t*f(1.44269504088896341)+f(12582912)).astype(f)
    n=(k-f(12582912)).astype(f)
    r=(t-n*f(0.693359375)).astype(f)
    r=(r-n*f(-2.12194440e-4)).astype(f)
    p=C[0]
    for cc in C[1:]: p=(p*r+cc).astype(f)
    p=(p*(r*r)+r+f(1)).astype(f)
    bits=(k.view(np.int32)+np.int32(191-0x4B400000))<<23
    return (p*bits.view(f)*f(2.0**-64)).astype(f)
rng=np.random.default_rng(1)
t=np.concatenate([-rng.uniform(0,104,20_000_000).astype(f), -rng.uniform(0,1,2_000_000).astype(f)])
e=expf(t); tr=np.exp(t.astype(np.float64)); m=tr>=2.0**-126
print('float max rel', (np.abs(e[m]-tr[m])/tr[m]).max())
