/* The style sheet and the script inlined into the HTML report. */
#ifndef ALIGNLINT_REPORT_ASSETS_H
#define ALIGNLINT_REPORT_ASSETS_H

extern const char report_style[];
extern const char report_script[];

#endif
