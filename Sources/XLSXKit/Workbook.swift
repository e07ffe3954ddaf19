import CXlsxWriter
import Foundation

/// An XLSX file being built: worksheets, styles, charts and document properties, saved atomically.
///
/// The workbook is written to a hidden temporary file beside the destination; ``close()`` renames it into
/// place only when libxlsxwriter has finished successfully. If anything fails, or the workbook is
/// ``discard()``ed or released without being closed, the temporary file is removed and a previous file at the
/// destination stays exactly as it was.
///
/// ```swift
/// let properties = DocumentProperties(created: sourceDate, title: "Lessons matrix")
/// try Workbook.write(to: URL(fileURLWithPath: "matrix.xlsx"), properties: properties) { workbook in
///     let sheet = try workbook.addWorksheet(named: "Era matrix")
///     try sheet.write("Era", at: CellReference(row: 0, column: 0), style: CellStyle(bold: true))
///     try sheet.write(3.5, at: CellReference(row: 1, column: 0))
/// }
/// let bytes = try Workbook.data(properties: properties) { workbook in … } // for standard output
/// ```
///
/// A workbook, its worksheets and charts are not thread-safe: build each workbook on one task.
public final class Workbook {
    /// Where the finished file goes.
    public let url: URL
    /// The options the workbook was opened with.
    public let options: WorkbookOptions
    /// Names of the worksheets, in tab order.
    public private(set) var sheetNames: [String] = []

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let staged: StagedFile
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var lastFormat: (style: CellStyle, format: UnsafeMutablePointer<lxw_format>)?
    private var worksheetHandles: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// Whether ``close()`` flushes the file to disk; false for the scratch file of ``data(properties:options:_:)``.
    private var durable = true

    /// Opens a workbook that will be saved at `url` (a file URL) when closed.
    ///
    /// Fails at once, with the system's reason, if the destination's directory is missing or not writable, and
    /// if the properties are invalid.
    public init(url: URL, properties: DocumentProperties, options: WorkbookOptions = WorkbookOptions()) throws {
        let operation = "create the workbook"
        let created = try properties.createdSeconds(operation: operation)
        self.url = url
        self.options = options
        if let directory = options.temporaryDirectory {
            // libxlsxwriter silently falls back to the system's directory when its tmpdir is unusable.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw XLSXError(
                    .fileSystem(errno: ENOENT), "the temporary directory does not exist or is not a directory",
                    operation: operation, path: directory.path)
            }
        }
        staged = try StagedFile.reserve(for: url, operation: operation)
        let opened = CStrings.with([options.temporaryDirectory?.path]) { strings in
            var libraryOptions = lxw_workbook_options(
                constant_memory: options.constantMemory ? 1 : 0,
                tmpdir: strings[0],
                use_zip64: options.useZip64 ? 1 : 0)
            return workbook_new_opt(staged.temporary.path, &libraryOptions)
        }
        guard let opened else {
            staged.abandon()
            throw XLSXError(
                .workbookCreationFailed, "libxlsxwriter could not create the workbook (out of memory)",
                operation: operation, path: url.path)
        }
        handle = opened
        do {
            try setProperties(properties, created: created)
        } catch {
            discard()
            throw error
        }
    }

    deinit {
        if handle != nil { discard() }
    }

    /// Builds a workbook with `build` and saves it at `url`; if `build` or saving throws, nothing is saved,
    /// no temporary file remains, and a previous file at `url` is untouched.
    public static func write(
        to url: URL,
        properties: DocumentProperties,
        options: WorkbookOptions = WorkbookOptions(),
        _ build: (Workbook) throws -> Void
    ) throws {
        try write(to: url, properties: properties, options: options, durable: true, build)
    }

    private static func write(
        to url: URL, properties: DocumentProperties, options: WorkbookOptions, durable: Bool,
        _ build: (Workbook) throws -> Void
    ) throws {
        let workbook = try Workbook(url: url, properties: properties, options: options)
        workbook.durable = durable
        do {
            try build(workbook)
        } catch {
            workbook.discard()
            throw error
        }
        try workbook.close()
    }

    /// Builds a workbook with `build` and returns the file's bytes, for writing to standard output or a
    /// network: libxlsxwriter can only write to a seekable file, so the workbook is staged in a private
    /// temporary directory (``WorkbookOptions/temporaryDirectory`` if set) that is removed afterwards.
    public static func data(
        properties: DocumentProperties,
        options: WorkbookOptions = WorkbookOptions(),
        _ build: (Workbook) throws -> Void
    ) throws -> Data {
        let scratch = try ScratchDirectory(in: options.temporaryDirectory, operation: "stage the workbook")
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("workbook.xlsx")
        // The staged file is read back and deleted at once: flushing it to disk would only cost time.
        try write(to: file, properties: properties, options: options, durable: false, build)
        do {
            return try Data(contentsOf: file)
        } catch {
            throw XLSXError(.fileSystem(errno: EIO), error.localizedDescription, operation: "read the staged workbook",
                            path: file.path)
        }
    }

    /// Whether the workbook can still be written to (neither closed nor discarded).
    public var isOpen: Bool { handle != nil }

    /// Adds a worksheet with exactly this name, or throws if the name breaks Excel's rules
    /// (``XLSXError/Code/invalidSheetName``) or is already used, compared case-insensitively
    /// (``XLSXError/Code/duplicateSheetName``).
    public func addWorksheet(named name: String) throws -> Worksheet {
        let operation = "add the worksheet '\(name)'"
        let handle = try requireOpen(operation: operation)
        try SheetName.validate(name)
        let key = SheetName.comparisonKey(name)
        if let existing = sheetNames.first(where: { SheetName.comparisonKey($0) == key }) {
            throw XLSXError(
                .duplicateSheetName, "the workbook already has a sheet named '\(existing)' (Excel ignores case)",
                operation: operation)
        }
        if let error = XLSXError.library(
            workbook_validate_sheet_name(handle, name), operation: operation)
        {
            throw error
        }
        guard let sheet = workbook_add_worksheet(handle, name) else {
            // In constant-memory mode each worksheet opens its own temporary file, the likelier failure.
            throw options.constantMemory
                ? XLSXError(
                    .library(Int32(LXW_ERROR_CREATING_TMPFILE.rawValue)),
                    "libxlsxwriter could not create the worksheet's temporary file in "
                        + (options.temporaryDirectory?.path ?? "the system's temporary directory"),
                    operation: operation)
                : XLSXError(
                    .library(Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue)),
                    "libxlsxwriter could not add the worksheet (out of memory)", operation: operation)
        }
        sheetNames.append(name)
        worksheetHandles.append(sheet)
        return Worksheet(name: name, handle: sheet, workbook: self)
    }

    /// Adds a worksheet named as close to `preferredName` as Excel allows, unique in the workbook; see
    /// ``SheetName/makeValid(_:avoiding:)``. The sheet's actual name is ``Worksheet/name``.
    public func addWorksheet(preferredName: String) throws -> Worksheet {
        try addWorksheet(named: SheetName.makeValid(preferredName, avoiding: sheetNames))
    }

    /// Creates a chart to fill with series and then place with ``Worksheet/insertChart(_:at:placement:)``.
    public func addChart(_ kind: Chart.Kind) throws -> Chart {
        let operation = "add a chart"
        let handle = try requireOpen(operation: operation)
        guard let chart = workbook_add_chart(handle, kind.libraryType) else {
            throw XLSXError(
                .library(Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue)), "libxlsxwriter could not create the chart",
                operation: operation)
        }
        return Chart(kind: kind, handle: chart, workbook: self)
    }

    /// Defines a workbook-wide name, such as `defineName("Scores", refersTo: "='Era matrix'!$B$2:$F$9")`.
    /// Build references with ``CellRange/formulaReference(sheet:absolute:)`` so sheet names are quoted.
    public func defineName(_ name: String, refersTo formula: String) throws {
        let operation = "define the name '\(name)'"
        let handle = try requireOpen(operation: operation)
        try TextRules.checkPlainText(name, limit: TextRules.shortTextLimit, what: "the name", operation: operation)
        try TextRules.checkPlainText(
            formula, limit: TextRules.formulaLimit, what: "the formula", operation: operation)
        if let error = XLSXError.library(workbook_define_name(handle, name, formula), operation: operation) {
            throw error
        }
    }

    /// Finishes the file and renames it into place. Throws with libxlsxwriter's reason or the system's if
    /// anything fails, in which case the temporary file is removed and a previous file is untouched.
    /// The workbook cannot be used afterwards, whatever the outcome.
    public func close() throws {
        let operation = "save the workbook"
        let handle = try requireOpen(operation: operation)
        self.handle = nil
        // workbook_close frees the workbook whether or not it succeeds.
        let result = workbook_close(handle)
        formats.removeAll()
        lastFormat = nil
        worksheetHandles.removeAll()
        if let error = XLSXError.library(result, operation: operation, path: url.path) {
            staged.abandon()
            throw error
        }
        try staged.commit(operation: operation, durable: durable)
    }

    /// Abandons the workbook without saving: frees libxlsxwriter's memory and removes the temporary file.
    /// Calling it on a closed or discarded workbook does nothing.
    public func discard() {
        guard let handle else { return }
        self.handle = nil
        // libxlsxwriter 1.1.4 leaves constant-memory row files open when a workbook is freed without closing.
        for sheet in worksheetHandles where sheet.pointee.optimize_tmpfile != nil {
            fclose(sheet.pointee.optimize_tmpfile)
            sheet.pointee.optimize_tmpfile = nil
        }
        lxw_workbook_free(handle)
        formats.removeAll()
        lastFormat = nil
        worksheetHandles.removeAll()
        staged.abandon()
    }

    /// The open libxlsxwriter workbook, or an error naming the operation if it is closed.
    func requireOpen(operation: String, sheet: String? = nil, cell: @autoclosure () -> String? = nil) throws
        -> UnsafeMutablePointer<lxw_workbook>
    {
        guard let handle else {
            throw XLSXError(
                .workbookClosed, "the workbook was already closed or discarded",
                operation: operation, sheet: sheet, cell: cell(), path: url.path)
        }
        return handle
    }

    /// The libxlsxwriter format for `style`, created once per distinct style; nil for the default look.
    func format(
        for style: CellStyle?, operation: String, sheet: String?, cell: @autoclosure () -> String?
    ) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        // Runs of cells share a style: comparing with the last one is cheaper than hashing every cell's.
        if let last = lastFormat, last.style == style { return last.format }
        if let existing = formats[style] {
            lastFormat = (style, existing)
            return existing
        }
        let place = cell()
        let handle = try requireOpen(operation: operation, sheet: sheet, cell: place)
        try Self.check(style, operation: operation, sheet: sheet, cell: place)
        guard let format = workbook_add_format(handle) else {
            throw XLSXError(
                .library(Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue)), "libxlsxwriter could not create a format",
                operation: operation, sheet: sheet, cell: place)
        }
        Self.apply(style, to: format)
        formats[style] = format
        lastFormat = (style, format)
        return format
    }

    private func setProperties(_ properties: DocumentProperties, created: Int) throws {
        let operation = "set the document properties"
        let texts = [
            properties.title, properties.subject, properties.author, properties.manager, properties.company,
            properties.category, properties.keywords, properties.comments, properties.status,
        ]
        for text in texts.compactMap({ $0 }) {
            try TextRules.checkPlainText(text, limit: TextRules.cellTextLimit, what: "a property", operation: operation)
        }
        let handle = try requireOpen(operation: operation)
        let result = CStrings.with(texts) { strings in
            var libraryProperties = lxw_doc_properties()
            libraryProperties.title = strings[0]
            libraryProperties.subject = strings[1]
            libraryProperties.author = strings[2]
            libraryProperties.manager = strings[3]
            libraryProperties.company = strings[4]
            libraryProperties.category = strings[5]
            libraryProperties.keywords = strings[6]
            libraryProperties.comments = strings[7]
            libraryProperties.status = strings[8]
            libraryProperties.created = time_t(created)
            return workbook_set_properties(handle, &libraryProperties)
        }
        if let error = XLSXError.library(result, operation: operation, path: url.path) { throw error }
    }

    private static func check(_ style: CellStyle, operation: String, sheet: String?, cell: String?) throws {
        if let size = style.fontSize, !(1...409).contains(size) {
            throw XLSXError(
                .invalidArgument, "a font size must lie between 1 and 409 points; got \(size)",
                operation: operation, sheet: sheet, cell: cell)
        }
        if let name = style.fontName {
            try TextRules.checkPlainText(name, limit: 31, what: "the font name", operation: operation,
                                         sheet: sheet, cell: cell)
        }
        if let code = style.numberFormat {
            try TextRules.checkPlainText(code, limit: nil, what: "the number format", operation: operation,
                                         sheet: sheet, cell: cell)
            // libxlsxwriter copies number formats into a fixed 128-byte field and would cut longer ones.
            if code.utf8.count > Int(LXW_FORMAT_FIELD_LEN) - 1 {
                throw XLSXError(
                    .textTooLong, "a number format may have at most \(LXW_FORMAT_FIELD_LEN - 1) bytes of UTF-8",
                    operation: operation, sheet: sheet, cell: cell)
            }
        }
    }

    private static func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let name = style.fontName { format_set_font_name(format, name) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let color = style.fontColor { format_set_font_color(format, color.libraryValue) }
        if let color = style.backgroundColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, color.libraryValue)
        }
        if style.wrapsText { format_set_text_wrap(format) }
        if let alignment = style.horizontalAlignment { format_set_align(format, alignment.libraryValue) }
        if let alignment = style.verticalAlignment { format_set_align(format, alignment.libraryValue) }
        if let border = style.border { format_set_border(format, border.libraryValue) }
        if let color = style.borderColor { format_set_border_color(format, color.libraryValue) }
        if let code = style.numberFormat { format_set_num_format(format, code) }
    }
}

/// Workbooks hold libxlsxwriter state that is not safe to share between threads.
@available(*, unavailable)
extension Workbook: Sendable {}
