"""Bringing a press's result into view. On a phone the page is one long column: a result that
lands ~1,000 px below the button, or on another tab scrolled to where the last one was, is a
press that seemed to do nothing."""

from __future__ import annotations


def show_js(selector: str) -> str:
    """Browser code (a Gradio event's `js`) that scrolls the element `selector` to the top of
    the screen unless it is already in the upper part of it: on a wide screen, where results
    sit beside their buttons, nothing moves. It waits (two seconds at most) for the element to
    be laid out and to stay put for a few frames: on a tab just opened, the element has no size
    yet, and a draft just put in the box above it grows the box and pushes it down."""
    return f"""() => {{
  let frames = 120, still = 0, last = null;
  const show = () => {{
    const el = document.querySelector({selector!r});
    if (!el) return;
    const box = el.getBoundingClientRect();
    const at = box.height ? Math.round(box.top + window.scrollY) : null;
    still = at !== null && at === last ? still + 1 : 0;
    last = at;
    if (still < 4) {{
      if (frames-- > 0) requestAnimationFrame(show);
      return;
    }}
    if (box.top < 0 || box.top > window.innerHeight * 0.6) {{
      el.scrollIntoView({{behavior: 'smooth', block: 'start'}});
    }}
  }};
  requestAnimationFrame(show);
  return [];
}}"""
