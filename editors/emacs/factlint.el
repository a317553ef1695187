;;; factlint.el --- Fact-check article drafts with the factlint language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, tools, wp

;;; Commentary:

;; factlint checks the figures in Markdown and plain-text drafts against a
;; base of sourced facts.  This file plugs `factlint lsp' into Eglot and into
;; lsp-mode; load it and use whichever client you already use:
;;
;;   (add-to-list 'load-path "/path/to/factlint/editors/emacs")
;;   (require 'factlint)
;;   (factlint-eglot-setup)                          ; Eglot
;;   (add-hook 'markdown-mode-hook #'eglot-ensure)
;;
;; lsp-mode needs nothing more than `(require 'factlint)': the client is
;; registered when lsp-mode loads, then `M-x lsp' in a draft.
;;
;; Wrong figures show up as Flymake (Eglot) or Flycheck/lsp-ui (lsp-mode)
;; errors; `eglot-code-actions' / `lsp-execute-code-action' on one offers
;; "Replace ... with ..." (the preferred fix) and "Ignore fact ... on this line".

;;; Code:

(require 'cl-lib)

(defgroup factlint nil
  "Fact-check article drafts with the factlint language server."
  :group 'tools
  :prefix "factlint-")

(defcustom factlint-command '("factlint" "lsp")
  "The command that starts the factlint language server, as a list of strings."
  :type '(repeat string))

(defcustom factlint-facts nil
  "Extra fact bases (files or folders) to check drafts against.
Relative paths are resolved from the project root.  Sent to the
server as the \"facts\" initialization option.  A `.factlint.json'
at the project root is the other way to name them."
  :type '(repeat string))

(defcustom factlint-language nil
  "Draft language: \"fr\", \"en\" or \"auto\"; nil lets the server decide."
  :type '(choice (const :tag "Server default" nil)
                 (const "auto") (const "fr") (const "en")))

(defcustom factlint-eglot-markdown-modes '(markdown-mode gfm-mode)
  "Major modes whose buffers Eglot checks as Markdown with factlint."
  :type '(repeat symbol))

(defcustom factlint-eglot-text-modes '(text-mode)
  "Major modes whose buffers Eglot checks as plain text with factlint.
Modes derived from these match too; this entry goes at the end of
`eglot-server-programs', so a dedicated server for a derived mode
\(digestif for `latex-mode', for instance) keeps winning."
  :type '(repeat symbol))

(defun factlint-initialization-options ()
  "The `initializationOptions' sent to `factlint lsp', as a plist.
The server reads \"facts\" (an array of paths) and \"language\"."
  (append
   (when factlint-facts (list :facts (vconcat factlint-facts)))
   (when factlint-language (list :language factlint-language))))

(defun factlint-eglot-contact (&optional _interactive)
  "The Eglot contact for factlint: the command and its initialization options."
  (let ((options (factlint-initialization-options)))
    (append factlint-command
            (when options (list :initializationOptions options)))))

(defun factlint--eglot-modes (modes language-id)
  (mapcar (lambda (mode) (list mode :language-id language-id)) modes))

;;;###autoload
(defun factlint-eglot-setup ()
  "Register factlint in `eglot-server-programs' for Markdown and text buffers.
Markdown modes go first, ahead of any other Markdown server; text modes go
last."
  (interactive)
  (require 'eglot)
  (defvar eglot-server-programs)
  (setq eglot-server-programs
        (cl-remove-if (lambda (entry) (eq (cdr entry) #'factlint-eglot-contact))
                      eglot-server-programs))
  (when factlint-eglot-markdown-modes
    (push (cons (factlint--eglot-modes factlint-eglot-markdown-modes "markdown")
                #'factlint-eglot-contact)
          eglot-server-programs))
  (when factlint-eglot-text-modes
    (setq eglot-server-programs
          (append eglot-server-programs
                  (list (cons (factlint--eglot-modes factlint-eglot-text-modes "plaintext")
                              #'factlint-eglot-contact))))))

(declare-function jsonrpc-notify "jsonrpc")
(declare-function eglot-current-server "eglot")
(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-notify "lsp-mode")
(declare-function lsp-find-workspace "lsp-mode")
(declare-function lsp-workspaces "lsp-mode")
(defvar lsp-language-id-configuration)

;;;###autoload
(defun factlint-reload ()
  "Ask the factlint server of this buffer to reload its fact bases and recheck."
  (interactive)
  (let ((params (list :settings (list :factlint (or (factlint-initialization-options)
                                                    (make-hash-table))))))
    (cond
     ((and (fboundp 'eglot-current-server) (eglot-current-server))
      (jsonrpc-notify (eglot-current-server) :workspace/didChangeConfiguration params))
     ((and (fboundp 'lsp-workspaces) (lsp-workspaces))
      (lsp-notify "workspace/didChangeConfiguration" params))
     (t (user-error "No factlint server manages this buffer")))))

(defun factlint--register-lsp-mode ()
  "Register factlint as an lsp-mode client beside any other Markdown server."
  (dolist (entry '((markdown-mode . "markdown") (gfm-mode . "markdown") (text-mode . "plaintext")))
    (unless (assq (car entry) lsp-language-id-configuration)
      (add-to-list 'lsp-language-id-configuration entry)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection (lambda () factlint-command))
    :major-modes '(markdown-mode gfm-mode text-mode)
    :initialization-options #'factlint-initialization-options
    :add-on? t
    :priority -1
    :server-id 'factlint)))

(with-eval-after-load 'lsp-mode
  (factlint--register-lsp-mode))

(provide 'factlint)
;;; factlint.el ends here
