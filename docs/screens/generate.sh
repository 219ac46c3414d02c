#!/usr/bin/env bash
# Regenerates the screens in docs/screens/ from the real renderers, on the bundled knowledge:
#   terminal-*.txt / terminal-*.png  the terminal chat run in tmux (a real TTY, so with colour),
#                                    captured with capture-pane and drawn by test/screens/terminal-png.ts
#   discord-*.json                   the message bodies the Discord adapter sent to a loopback fake
#                                    of Discord (test/screens/discord.ts), discord-*-chart.png the
#                                    chart it attached, and discord-*.png the body drawn roughly as
#                                    Discord's dark theme shows it (test/screens/discord-png.ts)
#   slack-*.json                     the blocks the Slack adapter (a real Bolt app) posted to a loopback
#                                    fake of the Slack Web API for a channel mention (test/screens/slack.ts),
#                                    slack-*-chart.png the chart it uploaded, and slack-*.png the blocks
#                                    drawn roughly as Slack's light theme shows them (test/screens/slack-png.ts)
# Needs tmux (Debian: apt-get install tmux). Run from anywhere: bash docs/screens/generate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screens
socket="screens-$$"
data="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$data"' EXIT

# name|question: an answer, a refusal and a ranking.
screens=(
  'answer|What training do Taser officers get?'
  'refusal|what time does the canteen open'
  'ranking|which forces fired taser the most in 2018-19?'
)

prompts() { tmux -L "$socket" capture-pane -p -t screen | grep -c '^taser>' || true; }

wait_for_prompts() {
  for _ in $(seq 1 300); do
    [ "$(prompts)" -ge "$1" ] && return 0
    sleep 0.1
  done
  echo "the chat did not show prompt $1 in 30 s" >&2
  exit 1
}

for screen in "${screens[@]}"; do
  name="${screen%%|*}"
  question="${screen#*|}"
  tmux -L "$socket" new-session -d -s screen -x 110 -y 40 \
    "env -u NO_COLOR TERM=xterm-256color KNOWLEDGE_DIR=knowledge DATA_DIR='$data' npx --no-install tsx src/main.ts"
  wait_for_prompts 1
  tmux -L "$socket" send-keys -t screen -l "$question"
  tmux -L "$socket" send-keys -t screen Enter
  wait_for_prompts 2
  tmux -L "$socket" capture-pane -p -t screen | sed -e 's/[[:space:]]*$//' | awk 'NF{n=NR} {l[NR]=$0} END{for(i=1;i<=n;i++)print l[i]}' >"$out/terminal-$name.txt"
  tmux -L "$socket" capture-pane -p -e -t screen >"$data/$name.ansi"
  tmux -L "$socket" kill-session -t screen
  npx --no-install tsx test/screens/terminal-png.ts "$data/$name.ansi" "$out/terminal-$name.png"
  echo "wrote $out/terminal-$name.txt and .png"
done

npx --no-install tsx test/screens/discord.ts "$out" "${screens[@]}"
for screen in "${screens[@]}"; do
  name="${screen%%|*}"
  npx --no-install tsx test/screens/discord-png.ts "$out/discord-$name.json" "$out/discord-$name.png"
done

npx --no-install tsx test/screens/slack.ts "$out" "${screens[@]}"
for screen in "${screens[@]}"; do
  name="${screen%%|*}"
  npx --no-install tsx test/screens/slack-png.ts "$out/slack-$name.json" "$out/slack-$name.png"
done
