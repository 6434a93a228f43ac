"""What the bad-responses mutation test found in Runscope's generated decoders and is not fixed yet (each a template
change, which regenerates every vendor): those examples are strict xfails, so a fix shows as XPASS and fails.

None is left: a oneOf whose every variant refuses a value now names the place inside the variant the value was meant
to be (its discriminator, else the variant it resembles), and NoAuth's ``maxProperties: 0`` is enforced.
"""

from __future__ import annotations

RUNSCOPE_DECODER_GAPS: dict[str, str] = {}
"""Example file name → why the decoder does not yet refuse exactly what the spec refuses, naming the place."""
