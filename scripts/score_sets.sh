#!/bin/sh
# usage: sh scripts/score_sets.sh [KG_BIN] [SET ...]   (run from a checkout's root)
# One line per gold set: persons, posts (pair) P/R/F1, posts by node F1, orgs F1, directives F1,
# dated events P/R, statuses right/of. Default sets: the read sets (never blind10 or blind11, both under tests/heldout; a round adds its fresh set here, and to this refusal, before any change).
KG=${1:-.venv/bin/kg}; [ $# -gt 0 ] && shift
SETS=${*:-"../shared/gold/dev tests/gold/tune tests/gold/test tests/gold/blind2 tests/gold/blind3 tests/gold/blind4 tests/gold/blind5 tests/gold/blind6 tests/gold/blind7 tests/gold/blind8 tests/gold/blind9 tests/gold/tails13 tests/gold/mid14 tests/gold/mid15 tests/gold/mid16 tests/gold/mid17 tests/gold/mid18 tests/gold/mid19 tests/gold/mid20 tests/gold/mid21 tests/gold/mid22 tests/gold/mid23 tests/gold/mid24 tests/gold/mid25 tests/gold/mid26 tests/gold/mid27 tests/gold/mid28 tests/gold/mid29 tests/gold/mid30 tests/gold/mid31 tests/gold/wtune32 tests/gold/wtune33 tests/gold/wtune34 tests/gold/wtune35 tests/gold/wtune36 tests/gold/wtune37 tests/gold/wtune38 tests/gold/written32 tests/gold/written33 tests/gold/written34 tests/gold/written35"}
for s in $SETS; do
  case "$s" in *blind10*|*heldout*) echo "refused: $s is not a read set"; continue;; esac
  corpus=../shared/corpus; [ -d "$s/corpus" ] && corpus="$s/corpus"  # a set of reports written for kg carries its texts
  $KG eval "$s" --corpus "$corpus" --json | python3 -c "
import json,sys
d=json.load(sys.stdin); t=d['totals']; a=d['attributes']
def prf(k):
    x=t[k]; p=x['tp_pred']/x['pred'] if x['pred'] else 0; r=x['tp_gold']/x['gold'] if x['gold'] else 0
    return p,r,x['f1']
pp=prf('posts'); de=prf('dated events'); st=a['post status']; nd=t.get('named directives',{}).get('f1')
print('%-10s pers %.3f | posts %.3f/%.3f/%.3f | node %.3f | orgs %.3f | dir %.3f | dated P%.2f R%.2f | status %d/%d' % ('$(basename $s)', t['persons']['f1'], *pp, t['posts by node']['f1'], t['organizations']['f1'], t['directives']['f1'], de[0], de[1], st['right'], st['of']) + ('' if nd is None else ' | named dir %.3f' % nd))
"
done
