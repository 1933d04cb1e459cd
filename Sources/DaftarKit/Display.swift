/// Shows a value under the running cell: a `Displayable` in its richest form, anything else as
/// text (its `description`).
public func display(_ value: Any) {
    if let displayable = value as? Displayable {
        KernelRuntime.shared.display(displayable.mimeBundle)
    } else {
        KernelRuntime.shared.display(.plainText(String(describing: value)))
    }
}

/// Shows a bundle of representations as given.
public func display(_ bundle: MIMEBundle) {
    KernelRuntime.shared.display(bundle)
}

/// Shows HTML as-is (dropped from reports rendered with `--safe`).
public func display(html: String) { display(MIMEBundle.html(html)) }

/// Shows an SVG image inline.
public func display(svg: String) { display(MIMEBundle.svg(svg)) }

/// Shows Markdown, rendered as the notebook's prose is.
public func display(markdown: String) { display(MIMEBundle.markdown(markdown)) }

/// Shows JSON text as code, as given.
public func display(json: String) { display(MIMEBundle.json(json)) }
