import CXlsxWriter

extension Worksheet {
    /// Applies `setup` to how the sheet prints. Repeated rows and columns become the sheet's
    /// `_xlnm.Print_Titles` defined name.
    public func setPageSetup(_ setup: PageSetup) throws {
        let operation = "set up printing"
        func refuse(_ message: String) -> XLSXError {
            XLSXError(.invalidArgument, message, operation: operation, sheet: name)
        }
        for text in [setup.header, setup.footer].compactMap({ $0 }) {
            try TextRules.checkPlainText(
                text, limit: TextRules.shortTextLimit, what: "a header or footer", operation: operation, sheet: name)
        }
        if let wide = setup.fitToPagesWide, !(0...Int(UInt16.max)).contains(wide) {
            throw refuse("pages wide must lie between 0 and 65535; got \(wide)")
        }
        if !(0...Int(UInt16.max)).contains(setup.fitToPagesTall) {
            throw refuse("pages tall must lie between 0 and 65535; got \(setup.fitToPagesTall)")
        }
        if let margins = setup.margins,
            ![margins.left, margins.right, margins.top, margins.bottom].allSatisfy({ $0.isFinite && $0 >= 0 })
        {
            throw refuse("margins must be finite and not negative")
        }
        if let rows = setup.repeatRows, rows.upperBound >= CellReference.rowCount {
            throw refuse("repeated rows lie outside Excel's grid")
        }
        if let columns = setup.repeatColumns, columns.upperBound >= CellReference.columnCount {
            throw refuse("repeated columns lie outside Excel's grid")
        }

        try perform(operation) { sheet, _ in
            switch setup.orientation {
            case .portrait: worksheet_set_portrait(sheet)
            case .landscape: worksheet_set_landscape(sheet)
            }
            if let paper = setup.paper { worksheet_set_paper(sheet, paper.code) }
            if let wide = setup.fitToPagesWide {
                worksheet_fit_to_pages(sheet, UInt16(wide), UInt16(setup.fitToPagesTall))
            }
            if let margins = setup.margins {
                worksheet_set_margins(sheet, margins.left, margins.right, margins.top, margins.bottom)
            }
            if setup.centerHorizontally { worksheet_center_horizontally(sheet) }
            if let rows = setup.repeatRows {
                let result = worksheet_repeat_rows(sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
                if result != LXW_NO_ERROR { return result }
            }
            if let columns = setup.repeatColumns {
                let result = worksheet_repeat_columns(
                    sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound))
                if result != LXW_NO_ERROR { return result }
            }
            if let header = setup.header {
                let result = worksheet_set_header(sheet, header)
                if result != LXW_NO_ERROR { return result }
            }
            if let footer = setup.footer {
                let result = worksheet_set_footer(sheet, footer)
                if result != LXW_NO_ERROR { return result }
            }
            return LXW_NO_ERROR
        }
    }
}
