import Foundation
import Testing

/// Emacs in batch mode (Debian's `emacs-nox` and `elpa-eglot`) runs `factlint lsp` through Eglot, configured by
/// `editors/emacs/factlint.el`: Flymake shows the diagnostics on the right lines and columns, and the preferred quick
/// fix, picked through `eglot-code-actions`, rewrites the buffer.
@Suite struct EditorEmacsTests {
  @Test func flymakeDiagnosticsThroughEglotInBatchEmacs() throws {
    let emacs = try EditorTool.require("emacs", install: "apt-get install -y emacs-nox elpa-eglot")
    let folder = try TemporaryFolder()
    let draft = try folder.write("brouillon.md", EditorNeovimTests.draft)
    let script = try folder.write("test.el", Self.script)
    let output = folder.url.appendingPathComponent("result.json")

    let started = Date()
    let run = try EditorTool.run(
      emacs, ["-Q", "--batch", "-l", script.path],
      in: folder.url,
      environment: [
        "FACTLINT_BIN": Factlint.binary.path,
        "FACTLINT_EMACS": packageRoot.appendingPathComponent("editors/emacs").path,
        "FACTLINT_ROOT": folder.url.path + "/",
        "FACTLINT_DRAFT": draft.path,
        "FACTLINT_OUT": output.path,
        "HOME": folder.url.path,  // no user init, no ~/.emacs.d writes
      ],
      timeout: 40)
    let elapsed = Date().timeIntervalSince(started)

    let data = try #require(
      FileManager.default.contents(atPath: output.path),
      "Emacs wrote no result (status \(run.status), timed out: \(run.timedOut)):\n\(run.stdout)\n\(run.stderr)")
    let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      result["ok"] as? Bool == true,
      "the Emacs Lisp driver failed: \(result["error"] ?? "?")\nstderr: \(run.stderr)")
    #expect(run.status == 0, "emacs exited with \(run.status): \(run.stderr)")
    #expect(elapsed < 25, "the Emacs round trip took \(elapsed) s")

    #expect(result["major_mode"] as? String == "markdown-mode")
    #expect(result["language_id"] as? String == "markdown")
    #expect((result["server_command"] as? [String])?.first == Factlint.binary.path)

    // Flymake's diagnostics: 1-based lines, 0-based columns in characters (Eglot converted the UTF-16 columns,
    // so the emoji counts one).
    let diagnostics = try #require(result["diagnostics"] as? [[String: Any]])
    #expect(
      diagnostics.map { [$0["line"] as? Int ?? -1, $0["column"] as? Int ?? -1, $0["end_column"] as? Int ?? -1] } == [
        [1, 16, 20], [3, 24, 28],
      ], "Flymake diagnostics: \(diagnostics)")
    #expect(diagnostics.map { $0["text"] as? String ?? "" } == ["95 %", "95\u{00A0}%"])
    // The expected value is the figure as the fix rewrites it: each keeps the space its writer typed.
    for (diagnostic, expected) in zip(diagnostics, ["valeur attendue 92 %", "valeur attendue 92\u{00A0}%"]) {
      #expect(diagnostic["type"] as? String == "eglot-error")
      #expect((diagnostic["message"] as? String)?.contains(expected) == true, "\(diagnostic)")
    }

    // The quick fix, picked the way a user would (the default is the preferred action).
    let titles = try #require(result["action_titles"] as? [String])
    #expect(titles.count == 2, "offered actions: \(titles)")
    #expect(
      result["line_after_fix"] as? String
        == "Été 🌍 : la Chine assure 92\u{00A0}% de la production raffinée de terres rares.")
    #expect(result["diagnostic_lines_after_fix"] as? [Int] == [1])
  }

  /// Loaded by `emacs -Q --batch -l`; every failure ends Emacs with status 1 and the reason in the result file.
  static let script = #"""
    ;;; test.el --- drives Eglot and Flymake in batch  -*- lexical-binding: t; -*-
    (require 'json)
    (require 'package)
    (defvar factlint-test-result nil)

    (defun factlint-test-record (key value)
      (push (cons key value) factlint-test-result))

    (defun factlint-test-finish (ok &optional message)
      (factlint-test-record 'ok (if ok t :json-false))
      (when message (factlint-test-record 'error message))
      (let ((coding-system-for-write 'utf-8-unix))
        (with-temp-file (getenv "FACTLINT_OUT")
          (insert (json-encode factlint-test-result))))
      (kill-emacs (if ok 0 1)))

    (defun factlint-test-wait (what seconds predicate)
      (let ((deadline (+ (float-time) seconds)))
        (while (and (not (funcall predicate)) (< (float-time) deadline))
          (accept-process-output nil 0.01))
        (unless (funcall predicate)
          (error "Timed out after %s s waiting for %s" seconds what))))

    (defun factlint-test-run-idle-timers ()
      "What the command loop does when the user stops typing: Eglot sends didChange, Flymake restarts."
      (dolist (timer (copy-sequence timer-idle-list))
        (timer-event-handler timer)))

    (defun factlint-test-diagnostics ()
      (sort
       (mapcar
        (lambda (d)
          (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
            (save-excursion
              (goto-char beg)
              `((line . ,(line-number-at-pos beg))
                (column . ,(- beg (line-beginning-position)))
                (end_column . ,(- end (line-beginning-position)))
                (text . ,(buffer-substring-no-properties beg end))
                (type . ,(symbol-name (flymake-diagnostic-type d)))
                (message . ,(flymake-diagnostic-text d))))))
        (flymake-diagnostics))
       (lambda (a b) (< (alist-get 'line a) (alist-get 'line b)))))

    (condition-case err
        (progn
          ;; Debian's elpa-eglot lives in /usr/share/emacs/site-lisp/elpa, which -Q leaves out.
          (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa" t)
          (package-initialize)
          (require 'eglot)
          (require 'flymake)
          ;; markdown-mode is not installed here: a stand-in derived from text-mode, as the real one is.
          (unless (fboundp 'markdown-mode)
            (define-derived-mode markdown-mode text-mode "Markdown" "Stand-in for markdown-mode."))
          (add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))

          (add-to-list 'load-path (getenv "FACTLINT_EMACS"))
          (require 'factlint)
          (setq factlint-command (list (getenv "FACTLINT_BIN") "lsp")
                factlint-language "fr")
          (factlint-eglot-setup)
          (add-hook 'markdown-mode-hook #'eglot-ensure)
          ;; Eglot manages only buffers of a project: the draft's folder is one.
          (add-hook 'project-find-functions
                    (lambda (_dir) (cons 'transient (getenv "FACTLINT_ROOT"))))

          (find-file (getenv "FACTLINT_DRAFT"))
          (factlint-test-record 'major_mode (symbol-name major-mode))
          ;; eglot-ensure connects from post-command-hook, which only the command loop runs.
          (run-hooks 'post-command-hook)
          (factlint-test-wait "Eglot to manage the draft" 10
                              (lambda () (bound-and-true-p eglot--managed-mode)))
          (let ((server (eglot-current-server)))
            (factlint-test-record 'language_id (eglot--language-id server))
            (factlint-test-record 'server_command
                                  (vconcat (process-command (jsonrpc--process server)))))

          ;; Flymake's first check is deferred to the command loop too.
          (flymake-start)
          (factlint-test-wait "two Flymake diagnostics" 10
                              (lambda () (>= (length (flymake-diagnostics)) 2)))
          (accept-process-output nil 0.1)
          (let ((diagnostics (factlint-test-diagnostics)))
            (factlint-test-record 'diagnostics (vconcat diagnostics))

            ;; The user goes to the second figure and asks for quick fixes; completing-read takes the default.
            (goto-char (flymake-diagnostic-beg
                        (car (sort (flymake-diagnostics)
                                   (lambda (a b) (> (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
            (let ((titles nil))
              (let ((last-nonmenu-event 0)
                    (completing-read-function
                     (lambda (_prompt collection &optional _pred _req _init _hist default &rest _)
                       (setq titles (mapcar #'car collection))
                       (if (consp default) (car default) default))))
                (eglot-code-actions (point) (point) "quickfix" t))
              (factlint-test-record 'action_titles (vconcat titles)))
            (factlint-test-record 'line_after_fix
                                  (buffer-substring-no-properties (line-beginning-position) (line-end-position)))

            ;; Once idle, Eglot sends the edit and the server drops the fixed figure's diagnostic.
            (factlint-test-run-idle-timers)
            (factlint-test-wait "the fixed figure's diagnostic to go" 10
                                (lambda ()
                                  (factlint-test-run-idle-timers)
                                  (= (length (flymake-diagnostics)) 1)))
            (factlint-test-record 'diagnostic_lines_after_fix
                                  (vconcat (mapcar (lambda (d) (alist-get 'line d))
                                                   (factlint-test-diagnostics)))))
          (eglot-shutdown (eglot-current-server))
          (factlint-test-finish t))
      (error (factlint-test-finish nil (error-message-string err))))
    """#
}
