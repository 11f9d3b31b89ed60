"""Check invented names against every real list (folded exact / word-subset, with romanisation shadows)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
# the list readers and romanisations are heldout-6's, used as they are
sys.path.append(os.path.join(os.path.dirname(__file__), '..', '..', 'heldout-6', 'tools'))
from lists import Index
from make_labels import shadows
ix = Index()
for line in sys.stdin:
    n = line.strip()
    if n: print(('HIT ' + str(ix.check(n, tuple(shadows(n))))) if ix.check(n, tuple(shadows(n))) else 'ok ', n)
