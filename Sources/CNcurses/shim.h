#ifndef BEAT_CNCURSES_SHIM_H
#define BEAT_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth from Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Macros and shared mutable globals that Swift cannot import or that strict concurrency
// rejects, wrapped as functions.
static inline WINDOW *beat_stdscr(void) { return stdscr; }
static inline int beat_lines(void) { return LINES; }
static inline int beat_cols(void) { return COLS; }
static inline int beat_colors(void) { return COLORS; }
static inline int beat_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t beat_a_normal(void) { return A_NORMAL; }
static inline attr_t beat_a_bold(void) { return A_BOLD; }
static inline attr_t beat_a_reverse(void) { return A_REVERSE; }
static inline attr_t beat_a_underline(void) { return A_UNDERLINE; }
static inline attr_t beat_a_dim(void) { return A_DIM; }
static inline attr_t beat_color_pair(int n) { return COLOR_PAIR(n); }
static inline int beat_key_f(int n) { return KEY_F(n); }
static inline int beat_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *beat_codeset(void) { return nl_langinfo(CODESET); }
static inline FILE *beat_stdout(void) { return stdout; }
static inline FILE *beat_stdin(void) { return stdin; }

#endif
