#!/bin/bash
# CPU of the live screen animating a figure: backroutine in a 120x40 tmux
# window doing cat-cow reps; utime+stime from /proc over 45 s.
#   bench/figure-cpu.sh BINARY LOCALE   (C.UTF-8 draws the figure, C leaves it out)
B=$1; LC=$2
tmux -L cpu kill-server 2>/dev/null
printf 'timing: {lead_in: 1s, setup_floor: 1s}\n' > /tmp/cpu-config.yaml
tmux -L cpu new-session -d -x 120 -y 40 "LC_ALL=$LC BACKROUTINE_CONFIG=/tmp/cpu-config.yaml $B run --step cat-cow:30 --no-log --no-bell"
sleep 5
pid=$(pgrep -f "run --step cat-cow:30" | head -1)
read -r u1 s1 < <(awk '{print $14, $15}' /proc/$pid/stat)
sleep 45
read -r u2 s2 < <(awk '{print $14, $15}' /proc/$pid/stat)
tmux -L cpu kill-server
ticks=$(getconf CLK_TCK)
python3 -c "print(f'{(($u2-$u1)+($s2-$s1))/$ticks/45*100:.3f} % of a core over 45 s (LC_ALL=$LC)')"
