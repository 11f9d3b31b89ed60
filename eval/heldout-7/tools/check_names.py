"""Check invented names against every real list (folded exact / word-subset, with romanisation shadows)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lists import Index
from make_labels import shadows
ix = Index()
for line in sys.stdin:
    n = line.strip()
    if n: print(('HIT ' + str(ix.check(n, tuple(shadows(n))))) if ix.check(n, tuple(shadows(n))) else 'ok ', n)
