  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
#  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
!  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
#  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
F  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
(  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
+  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
)  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
(  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
3  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
)  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
#  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
y  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
[  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
]  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
(  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
)  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
{  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
3  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
}  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
X  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
X  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
+  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
+  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
G  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
j  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
M  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
K  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
L  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
T  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
Y  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
P  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
R  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
W  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
\  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
T  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
P  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
L  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
F  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
Z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
Z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
T  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
P  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
L  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
B  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
F  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
F  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
(  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
)  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
X  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
I  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
T  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
5  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
5  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
y  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
3  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
{  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
3  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
}  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
{  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
j  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
{  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
J  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
6  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
T  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
Z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
5  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
,  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
y  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
}  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
\  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
'  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
}  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
j  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
[  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
]  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
&  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
&  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
k  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
{  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
}  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
x  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
N  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
C  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
H  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
&  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
^  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
(  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
:  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
m  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
x  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
_  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
D  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
[  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
9  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
]  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
+  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
E  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
R  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
R  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
O  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
R  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
)  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
S  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
U  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
M  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
M  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
A  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
R  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
Y  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
|  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
#  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
F  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
x  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
;  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
w  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
h  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
.  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
b  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
i  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
f  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
z  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
a  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
g  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
t  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
-  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
=  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
0  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
$  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
c  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
r  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
p  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
s  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
"  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
v  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
/  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
u  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
l  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
   rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
2  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
>  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
&  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
1  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
d  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
o  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
n  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
e  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi

  rc=0
  build-fuzz/$target -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); the input is printed above" >&2
    exit 1
  fi
