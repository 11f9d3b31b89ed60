"""Write corpus/docs/NN-*.labels.json from the spec below and check them:
every label string occurs verbatim in its document; entity ids exist in list.csv; no candidate is on a real list
(folded exact or word-subset, also via Hangul/Han/Cyrillic romanisations); mention counts (leftmost-longest, case-sensitive)."""
import importlib.util, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from spec import SPEC

# the checker and writer are heldout-6's (its list readers and romanisations with them), used as they are
_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout-6', 'tools', 'make_labels.py')
_spec = importlib.util.spec_from_file_location('heldout6_make_labels', _path)
_labels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_labels)
count_mentions, shadows = _labels.count_mentions, _labels.shadows  # for check_names.py and scan_listed.py

if __name__ == '__main__':
    _labels.main(SPEC)
