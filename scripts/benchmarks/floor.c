/*
 * The floor of the XLSX benchmark: replays a workbook's cells through raw libxlsxwriter, with nothing
 * of LessonsMatrix in between, and prints the seconds libxlsxwriter took (from workbook_new to
 * workbook_close, the dump already read).
 *
 *     floor DUMP OUT.xlsx
 *
 * DUMP is written by `lessons-matrix-bench dump-cells` from our own matrix.xlsx, so the floor writes the
 * same sheets and the same cells of the same kinds (numbers, strings, formulas with their cached results,
 * booleans, styled blanks) with the same number formats, bold, italic, wrap and fill, and the same notes.
 * It leaves out what costs libxlsxwriter next to nothing per workbook: merged banners, the chart,
 * conditional formats, data validation, freeze panes, the autofilter, print setup and defined names.
 * Compiled by scripts/bench: cc -O2 floor.c $(pkg-config --cflags --libs xlsxwriter).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

enum { MAX_FORMATS = 4096 };

typedef struct {
    char kind;
    int row, col, format, flag, length, length2;
    double number;
    char *text, *text2;
} record;

static char *read_text(FILE *in, int length) {
    char *text = malloc((size_t)length + 1);
    if (!text || fread(text, 1, (size_t)length, in) != (size_t)length) { fprintf(stderr, "floor: truncated dump\n"); exit(3); }
    text[length] = '\0';
    fgetc(in); /* the line break after every text */
    return text;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor DUMP OUT.xlsx\n"); return 2; }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 3; }

    /* Read the whole dump first: only libxlsxwriter's work is timed. */
    size_t count = 0, capacity = 1 << 16;
    record *records = malloc(capacity * sizeof(record));
    char line[512];
    while (fgets(line, sizeof line, in)) {
        if (count == capacity) { capacity *= 2; records = realloc(records, capacity * sizeof(record)); }
        record *r = &records[count++];
        memset(r, 0, sizeof *r);
        r->kind = line[0];
        char fill[16];
        switch (r->kind) {
        case 'F': sscanf(line + 2, "%d %d %d %d %15s %d", &r->format, &r->row, &r->col, &r->flag, fill, &r->length);
                  r->text2 = strdup(fill); r->text = read_text(in, r->length); break;
        case 'S': sscanf(line + 2, "%d", &r->length); r->text = read_text(in, r->length); break;
        case 'W': sscanf(line + 2, "%d %lf", &r->col, &r->number); break;
        case 'n': sscanf(line + 2, "%d %d %d %lf", &r->row, &r->col, &r->format, &r->number); break;
        case 's': sscanf(line + 2, "%d %d %d %d", &r->row, &r->col, &r->format, &r->length); r->text = read_text(in, r->length); break;
        case 'f': sscanf(line + 2, "%d %d %d %lf %d", &r->row, &r->col, &r->format, &r->number, &r->length);
                  r->text = read_text(in, r->length); break;
        case 'g': sscanf(line + 2, "%d %d %d %d %d", &r->row, &r->col, &r->format, &r->length, &r->length2);
                  r->text = read_text(in, r->length); r->text2 = read_text(in, r->length2); break;
        case 'b': sscanf(line + 2, "%d %d %d %d", &r->row, &r->col, &r->format, &r->flag); break;
        case 'e': sscanf(line + 2, "%d %d %d", &r->row, &r->col, &r->format); break;
        case 'c': sscanf(line + 2, "%d %d %d", &r->row, &r->col, &r->length); r->text = read_text(in, r->length); break;
        default: fprintf(stderr, "floor: unknown record '%c'\n", r->kind); return 3;
        }
    }
    fclose(in);

    double start = now();
    lxw_workbook *workbook = workbook_new(argv[2]);
    lxw_format *formats[MAX_FORMATS] = {0};
    lxw_worksheet *sheet = NULL;
    for (size_t i = 0; i < count; i++) {
        record *r = &records[i];
        lxw_format *format = r->kind != 'F' && r->kind != 'S' && r->kind != 'W' && r->kind != 'c' ? formats[r->format] : NULL;
        switch (r->kind) {
        case 'F': {
            lxw_format *f = workbook_add_format(workbook);
            if (r->row) format_set_bold(f);
            if (r->col) format_set_italic(f);
            if (r->flag) format_set_text_wrap(f);
            if (strcmp(r->text2, "-") != 0) { format_set_pattern(f, LXW_PATTERN_SOLID); format_set_bg_color(f, (lxw_color_t)strtol(r->text2, NULL, 16)); }
            if (strcmp(r->text, "General") != 0) format_set_num_format(f, r->text);
            if (r->format < MAX_FORMATS) formats[r->format] = f;
            break;
        }
        case 'S': sheet = workbook_add_worksheet(workbook, r->text); break;
        case 'W': worksheet_set_column(sheet, (lxw_col_t)r->col, (lxw_col_t)r->col, r->number, NULL); break;
        case 'n': worksheet_write_number(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->number, format); break;
        case 's': worksheet_write_string(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->text, format); break;
        case 'f': worksheet_write_formula_num(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->text, format, r->number); break;
        case 'g': worksheet_write_formula_str(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->text, format, r->text2); break;
        case 'b': worksheet_write_boolean(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->flag, format); break;
        case 'e': worksheet_write_blank(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, format); break;
        case 'c': worksheet_write_comment(sheet, (lxw_row_t)r->row, (lxw_col_t)r->col, r->text); break;
        }
    }
    lxw_error error = workbook_close(workbook);
    double seconds = now() - start;
    if (error != LXW_NO_ERROR) { fprintf(stderr, "floor: %s\n", lxw_strerror(error)); return 3; }
    printf("%.6f\n", seconds);
    return 0;
}
