// The one header XLSXKit imports: libxlsxwriter's umbrella header (Debian libxlsxwriter-dev 1.1.4).
#ifndef LESSONS_MATRIX_CXLSXWRITER_SHIM_H
#define LESSONS_MATRIX_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
