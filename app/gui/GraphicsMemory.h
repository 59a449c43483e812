// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Smaller graphics buffers for Qt Quick: call it first in main, before the application object
// (Qt reads these settings once, when the first window's graphics are made). Where there is no GPU
// of its own (a mini-PC's software OpenGL, llvmpipe), every buffer below is taken from main memory.
//  - Atlas textures of 1024×1024 instead of 2048×2048 (16 MB each): the kiosk's pictures fit.
//  - No depth buffer and no stencil buffer for the window and its layers (8 MB at 1920×1080):
//    the depth buffer only lets Qt Quick draw opaque items front to back, and it draws them back
//    to front instead, to the same picture; the stencil buffer only serves clips that are not
//    upright rectangles (a rotated item with clip: true), and the kiosk has none — an upright
//    clip is a scissor. tst_drawing checks both pictures under X with the kiosk's settings.
// A setting already in the environment is left as it is.
void limitGraphicsMemory();
