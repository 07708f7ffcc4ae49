#!/bin/sh
# Compare the outputs of two `kg build` folders byte for byte (the files a memory or speed change
# must leave identical). usage: sh bench/compare_builds.sh DIR_A DIR_B
status=0
for f in graph.ttl graph.trig summary.json redirects.tsv person-iris.tsv; do
    if cmp -s "$1/$f" "$2/$f"; then echo "same       $f"; else echo "DIFFERENT  $f"; status=1; fi
done
exit $status
