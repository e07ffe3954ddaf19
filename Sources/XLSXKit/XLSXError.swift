import CXlsxWriter

/// A failure while building or saving an XLSX file, with enough context to find the cause.
///
/// Every `lxw_error` returned by libxlsxwriter becomes an `XLSXError` whose ``message`` is the library's own
/// text (`lxw_strerror`); checks made by XLSXKit itself (sheet names, text limits, file system) produce the
/// same type. ``description`` reads as one sentence naming the operation, the sheet and cell, and the cause:
///
/// ```swift
/// do {
///     try sheet.write(String(repeating: "x", count: 32_768), at: CellReference(row: 1, column: 1))
/// } catch let error as XLSXError {
///     print(error)
///     // Cannot write a string at 'Era matrix'!B2: cell text is 32768 characters long (UTF-16 units);
///     // Excel allows at most 32767
/// }
/// ```
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is, for callers that react differently to different causes.
    public enum Code: Sendable, Equatable {
        /// libxlsxwriter returned this `lxw_error` value.
        case library(Int32)
        /// A sheet name breaks Excel's rules.
        case invalidSheetName
        /// A sheet name is already used in the workbook (Excel compares names case-insensitively).
        case duplicateSheetName
        /// A text exceeds one of Excel's length limits.
        case textTooLong
        /// A text contains characters that cannot be stored where it was meant to go.
        case invalidText
        /// A row or column lies outside Excel's grid.
        case cellOutOfRange
        /// An argument is outside the values Excel or libxlsxwriter accept.
        case invalidArgument
        /// libxlsxwriter could not create its workbook object.
        case workbookCreationFailed
        /// The workbook was already closed or discarded.
        case workbookClosed
        /// A file-system call failed with this `errno`.
        case fileSystem(errno: Int32)
    }

    /// The kind of failure.
    public let code: Code
    /// The cause, in libxlsxwriter's words for library errors and XLSXKit's otherwise.
    public let message: String
    /// What was being done, as a verb phrase: "write a string", "close the workbook".
    public let operation: String
    /// The sheet being written, if any.
    public let sheet: String?
    /// The cell or range being written, in A1 notation, if any.
    public let cell: String?
    /// The file involved, if any.
    public let path: String?

    /// Creates an error; XLSXKit creates these, callers normally only read them.
    public init(
        _ code: Code,
        _ message: String,
        operation: String,
        sheet: String? = nil,
        cell: String? = nil,
        path: String? = nil
    ) {
        self.code = code
        self.message = message
        self.operation = operation
        self.sheet = sheet
        self.cell = cell
        self.path = path
    }

    /// One sentence: "Cannot <operation> at '<sheet>'!<cell> (<path>): <message>".
    public var description: String {
        var location = ""
        switch (sheet, cell) {
        case let (sheet?, cell?): location = " at \(SheetName.formulaPrefix(sheet))\(cell)"
        case let (sheet?, nil): location = " in sheet '\(sheet)'"
        case let (nil, cell?): location = " at \(cell)"
        case (nil, nil): break
        }
        let file = path.map { " (\($0))" } ?? ""
        return "Cannot \(operation)\(location)\(file): \(message)"
    }

    /// Wraps a libxlsxwriter result, or returns nil when it is `LXW_NO_ERROR`.
    static func library(
        _ result: lxw_error,
        operation: String,
        sheet: String? = nil,
        cell: @autoclosure () -> String? = nil,
        path: String? = nil
    ) -> XLSXError? {
        guard result != LXW_NO_ERROR else { return nil }
        let text = lxw_strerror(result).map { String(cString: $0) } ?? "unknown libxlsxwriter error"
        return XLSXError(
            .library(Int32(bitPattern: result.rawValue)), text,
            operation: operation, sheet: sheet, cell: cell(), path: path
        )
    }
}
