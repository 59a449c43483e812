#!/usr/bin/env bash
# Builds the DEMO media of the kiosk content from the texts in media/src/:
#   videos/<id>.webm    title-card video + synthetic French voice (espeak-ng), VP8 + Opus, <= 1 MB
#   captions/<id>.vtt   WebVTT, one cue per spoken sentence, timings measured on the audio
#   excerpts/<id>.webm  the attract loop's excerpt: the video's first 30 s, 640x360, silent
# WebM (VP8, Opus) rather than MP4 (H.264, AAC): GStreamer decodes them with libvpx and libopus,
# so the kiosk never loads FFmpeg's libraries (about 37 MiB of RSS; docs/benchmarks.md).
#   portraits/<id>.png  initials in a coloured circle (no photo of a real person)
#   images/sectors/<sector>.png  one illustration per sector
# Needs only Debian packages: espeak-ng ffmpeg imagemagick fonts-dejavu-core
#   (apt-get install -y espeak-ng ffmpeg imagemagick fonts-dejavu-core)
# Usage: bash media/make-demo-media.sh     (from any directory; re-running gives the same files)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")"

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FONT_REG=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
for tool in espeak-ng ffmpeg ffprobe convert awk; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "error: '$tool' not found (apt-get install -y espeak-ng ffmpeg imagemagick fonts-dejavu-core)" >&2; exit 1; }
done
for f in "$FONT" "$FONT_REG"; do
  [ -f "$f" ] || { echo "error: font $f missing (apt-get install -y fonts-dejavu-core)" >&2; exit 1; }
done

VOICE=fr        # espeak-ng French voice
SPEED=140       # words per minute (espeak default is 175)
FPS=12
W=1280; H=720
MAX_BYTES=1048576
EXCERPT_SECONDS=30   # as long as the attract loop plays of an interview (VideoExcerpt.lengthMs)
# PNG without timestamps / metadata, so re-runs produce identical files
PNG=(-strip -define png:exclude-chunks=date,time)
# VP8 in constant quality, a key frame every 10 s, one thread so that re-runs give the same bytes
VP8=(-c:v libvpx -deadline good -cpu-used 1 -crf 12 -b:v 1M -g $((FPS * 10)) -threads 1 -pix_fmt yuv420p)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p videos captions excerpts portraits images/sectors

die() { echo "error: $*" >&2; exit 1; }
# ffmpeg must never read stdin (the loops below feed files through it)
ff() { ffmpeg -nostdin -hide_banner -v error -y "$@"; }

# samples and sample rate of a WAV file -> "samples rate"
wav_len() {
  ffprobe -v error -select_streams a:0 -show_entries stream=duration_ts,sample_rate -of default=nw=1 "$1" |
    awk -F= '/^sample_rate/{r=$2} /^duration_ts/{n=$2} END{ if (n=="" || r=="") exit 1; print n, r }'
}
# milliseconds -> HH:MM:SS.mmm
ts() { awk -v ms="$1" 'BEGIN{ h=int(ms/3600000); m=int(ms/60000)%60; s=int(ms/1000)%60; printf "%02d:%02d:%02d.%03d", h, m, s, ms%1000 }'; }

# ------------------------------------------------------------------ portraits + interview videos
person_colour() {
  case "$1" in
    romain)  echo "#1565C0 #0B2F5E" ;;
    lucas)   echo "#6A1B9A #2E0B45" ;;
    gwenael) echo "#C62828 #5A0F0F" ;;
    franck)  echo "#2E7D32 #123A15" ;;
    *)       echo "#37474F #151C20" ;;
  esac
}

initials() {  # "Gwénaël Heim" -> "GH"
  local out="" w
  for w in $1; do out+="${w:0:1}"; done
  printf '%s' "${out^^}"
}

[ -f src/temoignages.tsv ] || die "media/src/temoignages.tsv missing"
while IFS=$'\t' read -r id name role employer; do
  [ -n "$id" ] || continue
  txt="src/$id.txt"
  [ -f "$txt" ] || die "$txt missing"
  read -r col dark < <(person_colour "$id")
  ini=$(initials "$name")
  echo "== $id ($name)"

  # 1. portrait 400x400: initials in a coloured circle
  convert -size 400x400 xc:none -fill "$col" -stroke white -strokewidth 10 -draw "circle 200,200 200,12" \
    -stroke none -fill white -font "$FONT" -pointsize 150 -gravity center -annotate +0+8 "$ini" \
    "${PNG[@]}" "portraits/$id.png"

  # 2. audio: one WAV per sentence (espeak-ng), measured, then concatenated with short pauses
  d="$TMP/$id"; mkdir -p "$d"
  ff -f lavfi -i "aevalsrc=0:s=22050:c=mono:d=0.4" -c:a pcm_s16le "$d/pause.wav"
  ff -f lavfi -i "aevalsrc=0:s=22050:c=mono:d=0.6" -c:a pcm_s16le "$d/lead.wav"
  ff -f lavfi -i "aevalsrc=0:s=22050:c=mono:d=0.3" -c:a pcm_s16le "$d/tail.wav"
  read -r pause_n rate < <(wav_len "$d/pause.wav")
  read -r lead_n _ < <(wav_len "$d/lead.wav")
  [ -n "${pause_n:-}" ] && [ -n "${rate:-}" ] && [ -n "${lead_n:-}" ] || die "could not measure the pauses"
  : > "$d/list.txt"
  printf "file '%s'\n" "$d/lead.wav" >> "$d/list.txt"
  vtt="$TMP/$id.vtt"
  printf 'WEBVTT\n' > "$vtt"
  pos=$lead_n; i=0
  while IFS= read -r sentence || [ -n "$sentence" ]; do
    [ -n "$sentence" ] || continue
    i=$((i + 1))
    espeak-ng -v "$VOICE" -s "$SPEED" -w "$d/raw$i.wav" -- "$sentence"
    # same format for every piece (22050 Hz mono s16) so the concat is sample-exact
    ff -i "$d/raw$i.wav" -ar 22050 -ac 1 -c:a pcm_s16le "$d/s$i.wav"
    read -r n r < <(wav_len "$d/s$i.wav") || true
    [ -n "${n:-}" ] && [ "$n" -gt 0 ] || die "could not measure $d/s$i.wav"
    [ "$r" = "$rate" ] || die "sample rate mismatch ($r vs $rate)"
    start_ms=$(( pos * 1000 / rate )); end_ms=$(( (pos + n) * 1000 / rate ))
    printf '\n%d\n%s --> %s\n%s\n' "$i" "$(ts "$start_ms")" "$(ts "$end_ms")" "$sentence" >> "$vtt"
    printf "file '%s'\nfile '%s'\n" "$d/s$i.wav" "$d/pause.wav" >> "$d/list.txt"
    pos=$(( pos + n + pause_n ))
  done < "$txt"
  [ "$i" -gt 0 ] || die "$txt is empty"
  printf "file '%s'\n" "$d/tail.wav" >> "$d/list.txt"
  ff -f concat -safe 0 -i "$d/list.txt" -c:a pcm_s16le "$d/voice.wav"
  read -r total_n _ < <(wav_len "$d/voice.wav") || true
  [ -n "${total_n:-}" ] || die "could not measure $d/voice.wav"
  dur=$(awk -v n="$total_n" -v r="$rate" 'BEGIN{ printf "%.3f", n / r }')

  # 3. title card (background + portrait + name/role/employer) and moving elements
  convert -background none -fill white -font "$FONT" -size 740x -pointsize 64 caption:"$name" \
    \( -size 740x28 xc:none \) \
    \( -font "$FONT_REG" -size 740x -pointsize 40 caption:"$role" \) \
    \( -size 740x20 xc:none \) \
    \( -font "$FONT_REG" -fill '#FFFFFFC0' -size 740x -pointsize 30 caption:"$employer" \) \
    -append "$d/text.png"
  convert -size "${W}x${H}" gradient:"$col-$dark" \
    \( "portraits/$id.png" -resize 320x320 \) -gravity west -geometry +110+0 -composite \
    "$d/text.png" -gravity west -geometry +480+0 -composite \
    -font "$FONT_REG" -pointsize 24 -fill '#FFFFFFB0' -gravity southwest \
    -annotate +40+40 "Témoignage (voix de synthèse, texte reformulé) · Kiosque Métiers du numérique" \
    "${PNG[@]}" "$d/card.png"
  convert -size "${W}x10" xc:'#FFFFFFD0' "${PNG[@]}" "$d/bar.png"
  convert -size 28x28 xc:none -fill white -draw "circle 14,14 14,2" "${PNG[@]}" "$d/dot.png"

  # 4. encode: progress bar grows with the speech, a dot circles the portrait
  ff \
    -loop 1 -framerate "$FPS" -i "$d/card.png" \
    -loop 1 -framerate "$FPS" -i "$d/bar.png" \
    -loop 1 -framerate "$FPS" -i "$d/dot.png" \
    -i "$d/voice.wav" \
    -filter_complex "[0:v][1:v]overlay=x='-w+w*t/$dur':y=H-h[a];[a][2:v]overlay=x='270-14+185*cos(t*0.9)':y='360-14+185*sin(t*0.9)',format=yuv420p[v]" \
    -map "[v]" -map 3:a -t "$dur" -r "$FPS" \
    "${VP8[@]}" -c:a libopus -b:a 32k -ac 1 -ar 48000 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact "$d/out.webm"
  size=$(stat -c %s "$d/out.webm")
  [ "$size" -le "$MAX_BYTES" ] || die "videos/$id.webm is $size bytes (> $MAX_BYTES)"
  mv -f "$d/out.webm" "videos/$id.webm"
  mv -f "$vtt" "captions/$id.vtt"
  echo "   videos/$id.webm: ${dur}s, $size bytes, $i cues"
done < src/temoignages.tsv

# ------------------------------------------------------------------ attract-loop excerpts
# Light and silent (column `extrait` of temoignages.csv): the public screen decodes them over and
# over, so they are made small. They start where the video starts: its captions fit them.
for video in videos/*.webm; do
  id=$(basename "$video" .webm)
  ff -i "$video" -t "$EXCERPT_SECONDS" -an -vf scale=640:360 -r "$FPS" "${VP8[@]}" \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$TMP/excerpt.webm"
  mv -f "$TMP/excerpt.webm" "excerpts/$id.webm"
  echo "   excerpts/$id.webm: $(stat -c %s "excerpts/$id.webm") bytes"
done

# ------------------------------------------------------------------ sector images (640x400)
sector_style() {  # -> "colour1 colour2" + sets GLYPH (ImageMagick -draw primitives)
  case "$1" in
    developpement)         C1="#1E88E5"; C2="#0D47A1"; GLYPH="font-size 130 text 205,205 '</>'" ;;
    cybersecurite)         C1="#E53935"; C2="#7F0000"; GLYPH="polygon 320,50 410,85 410,160 320,235 230,160 230,85  fill-opacity 1 fill '#7F000080' circle 320,130 320,110 rectangle 312,130 328,180" ;;
    donnees)               C1="#00897B"; C2="#004D40"; GLYPH="rectangle 220,160 260,230 rectangle 280,110 320,230 rectangle 340,70 380,230 rectangle 400,130 440,230 rectangle 200,236 460,242" ;;
    cloud)                 C1="#42A5F5"; C2="#1565C0"; GLYPH="circle 270,160 270,110 circle 340,130 340,60 circle 400,170 400,130 roundrectangle 230,150 450,220 30,30" ;;
    ia-robotique)          C1="#7E57C2"; C2="#311B92"; GLYPH="roundrectangle 240,90 400,220 30,30 rectangle 316,55 324,90 circle 320,50 320,38 fill '#311B92' circle 285,145 285,125 circle 355,145 355,125 rectangle 285,185 355,195" ;;
    reseaux-support)       C1="#26A69A"; C2="#00695C"; GLYPH="stroke white stroke-width 8 line 240,90 400,90 line 240,90 320,200 line 400,90 320,200 line 320,200 180,210 line 400,90 470,190 stroke none circle 240,90 240,62 circle 400,90 400,62 circle 320,200 320,172 circle 180,210 180,190 circle 470,190 470,170" ;;
    jeu-video)             C1="#EC407A"; C2="#880E4F"; GLYPH="roundrectangle 200,100 440,220 60,60 fill '#880E4F' rectangle 245,150 305,166 rectangle 267,128 283,188 circle 375,140 375,126 circle 405,170 405,156" ;;
    musique-son)           C1="#FFA726"; C2="#E65100"; GLYPH="ellipse 270,195 38,28 0,360 ellipse 390,175 38,28 0,360 rectangle 298,70 310,195 rectangle 418,50 430,175 polygon 298,70 430,50 430,85 298,105" ;;
    design-communication)  C1="#AB47BC"; C2="#4A148C"; GLYPH="fill-opacity 0.75 circle 280,120 280,50 circle 360,120 360,50 circle 320,185 320,115" ;;
    agriculture-numerique) C1="#66BB6A"; C2="#1B5E20"; GLYPH="push graphic-context translate 320,140 rotate -35 ellipse 0,0 110,50 0,360 fill '#1B5E20' rectangle -100,-4 100,4 pop graphic-context" ;;
    sante-numerique)       C1="#EF5350"; C2="#B71C1C"; GLYPH="rectangle 295,60 345,210 rectangle 245,110 395,160 stroke white stroke-width 6 stroke-linejoin round fill none polyline 150,230 250,230 275,200 300,250 325,215 350,230 490,230" ;;
    *)                     C1="#546E7A"; C2="#263238"; GLYPH="circle 320,140 320,60" ;;
  esac
}
[ -f src/secteurs.tsv ] || die "media/src/secteurs.tsv missing"
while IFS=$'\t' read -r sid label; do
  [ -n "$sid" ] || continue
  sector_style "$sid"
  convert -size 640x400 gradient:"$C1-$C2" \
    -fill '#FFFFFFE6' -stroke none -font "$FONT" -draw "$GLYPH" \
    \( -background none -fill white -font "$FONT" -pointsize 34 -size 580x -gravity center caption:"$label" \) \
    -gravity south -geometry +0+30 -composite \
    "${PNG[@]}" "images/sectors/$sid.png"
  echo "   images/sectors/$sid.png"
done < src/secteurs.tsv

echo "done: $(du -sk videos captions portraits images | awk '{s+=$1} END{print s}') KB of media"
