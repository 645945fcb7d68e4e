import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `/tasks?dept=财政`: a department's tasks across documents with role, due
/// date and full text; filters, sorting, CSV and JSON Lines downloads.
enum TasksPage {
  static func render(
    _ register: TaskRegister, rows: [TaskRow], capped: Bool, suggestions: [String], limits: ServeLimits, labels: Labels,
    request: WebRequest
  ) -> HTML {
    let language = labels.language
    let roleOptions = ([""] + DepartmentRole.allCases.map(\.rawValue)).map { value -> HTML in
      let selected: HTML = (register.role?.rawValue ?? "") == value ? " selected" : ""
      return "<option value=\"\(value)\"\(selected)>\(value.isEmpty ? labels.any : labels.role(value))</option>"
    }
    let sortOptions = TaskRegister.Sort.allCases.map { s -> HTML in
      let selected: HTML = register.sort == s ? " selected" : ""
      return "<option value=\"\(s.rawValue)\"\(selected)>\(labels.sortOptions[s.rawValue] ?? s.rawValue)</option>"
    }
    let datalist = suggestions.map { "<option value=\"\($0)\">" as HTML }
    var body: HTML = """
      <h1>\(labels.tasks)</h1>
      <form class="bar" method="get" action="/tasks"><input type="text" name="dept" list="departments" value="\(register.department)" placeholder="\(labels.departmentPlaceholder)">
      <datalist id="departments">\(datalist)</datalist>
      <input type="text" name="province" value="\(register.province ?? "")" placeholder="\(labels.province)" size="6">
      <input type="text" name="year" value="\(register.year ?? "")" placeholder="\(labels.year)" size="5">
      <select name="role" aria-label="\(labels.role)">\(roleOptions)</select><select name="sort" aria-label="\(labels.sort)">\(sortOptions)</select>
      \(language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "")<button type="submit">\(labels.submit)</button></form>
      """
    guard !register.department.isEmpty else { return Layout.page(labels.tasks, labels: labels, request: request, section: "/tasks", body: body) }
    let download = register.parameters(language: .zh)
    let first = (register.page - 1) * register.pageSize
    let shown = rows.dropFirst(first).prefix(register.pageSize)
    let lines = shown.map { row -> HTML in
      let link = Link.to("/document", [("id", row.documentID)] + Layout.langParameter(language))
      let roles = row.roles.map { role -> HTML in
        "<span class=\"role role-\(role)\">\(labels.role(role))\(row.separately ? "(分别)" : "")</span>"
      }
      let text = row.text
      return """
        <tr><td><a href="\(link)">\(row.title)</a><div class="meta">\(row.province ?? "")</div></td><td>\(row.path)</td>\
        <td>\(roles) \(row.departments.joined(separator: "、"))</td><td>\(row.dueText ?? row.due?.date ?? "")</td>\
        <td class="task-text" style="white-space:pre-wrap">\(text)</td></tr>
        """
    }
    let pages = max(1, (rows.count + register.pageSize - 1) / register.pageSize)
    var pager: [HTML] = []
    if register.page > 1 { pager.append("<a href=\"\(Link.to("/tasks", register.parameters(language: language, page: register.page - 1)))\">\(labels.previous)</a>") }
    pager.append("<span>\(labels.pageOf(register.page, pages))</span>")
    if register.page < pages { pager.append("<a href=\"\(Link.to("/tasks", register.parameters(language: language, page: register.page + 1)))\">\(labels.next)</a>") }
    body = """
      \(body)<p><span id="total" data-total="\(rows.count)">\(labels.rows(rows.count))</span> · \
      <a href="\(Link.to("/tasks.csv", download))">\(labels.downloadCSV)</a> · <a href="\(Link.to("/tasks.jsonl", download))">\(labels.downloadJSONL)</a></p>
      \(capped ? "<p class=\"note\">\(labels.capped(limits.documentsPerRequest))</p>" as HTML : "")
      <table class="tasks"><tr><th>\(labels.document)</th><th>\(labels.path)</th><th>\(labels.role)</th><th>\(labels.due)</th><th>\(labels.text)</th></tr>\(lines)</table>
      <div class="pager">\(pager)</div>
      """
    return Layout.page(register.department + " · " + labels.tasks, labels: labels, request: request, section: "/tasks", body: body)
  }
}
