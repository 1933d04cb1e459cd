/// Charts of the activation engine in one line, the commonest figure in our notebooks.
extension LineChart {
    /// `activations` plotted over `x`, one line each, sampled at `samples` points; with
    /// `derivatives`, their derivatives instead, with the bound y = ¼ of σ′ marked when the
    /// sigmoid is among them.
    public static func activations(_ activations: [Activation], x interval: ClosedRange<Double>, samples: Int = 601,
                                   derivatives: Bool = false, title: String? = nil) -> LineChart {
        let series = activations.map { activation in
            LineSeries(derivatives ? "\(activation.name)′" : activation.name, over: interval, samples: samples) {
                derivatives ? activation.derivative($0) : activation.value($0)
            }
        }
        let references: [ReferenceLine] = derivatives && activations.contains(.sigmoid) ? [.horizontal(0.25, label: "max σ′ = 0.25")] : []
        return LineChart(title: title ?? (derivatives ? "Derivatives of activations" : "Activations"), series: series,
                         x: Axis("x"), y: Axis(derivatives ? "f′(x)" : "f(x)"), referenceLines: references)
    }

    /// The derivatives of `activations` over `x`: `activations(…, derivatives: true)`.
    public static func activationDerivatives(_ activations: [Activation], x interval: ClosedRange<Double>, samples: Int = 601,
                                             title: String? = nil) -> LineChart {
        LineChart.activations(activations, x: interval, samples: samples, derivatives: true, title: title)
    }
}

/// Tables of the activation engine: values at chosen points, and what the literature says.
extension Table {
    /// f(x) for each activation (a row) at each of `points` (a column), or f′(x) with `derivatives`.
    public static func activationValues(_ activations: [Activation], at points: [Double], derivatives: Bool = false,
                                        format: NumberFormat = .fixed(4), caption: String? = nil) -> Table {
        let symbol = derivatives ? "f′" : "f"
        let columns = [Column("activation")] + points.map { Column("\(symbol)(\(NumberFormat.automatic.string($0, minus: .typographic)))", format: format) }
        let rows = activations.map { activation -> [Value] in
            [.text(activation.name)] + points.map { .number(derivatives ? activation.derivative($0) : activation.value($0)) }
        }
        return Table(caption: caption, columns: columns, rows: rows)
    }

    /// Range, zero-centring, monotonicity, smoothness, sup |f′| and origin of each activation.
    public static func activationProperties(_ activations: [Activation], caption: String? = nil) -> Table {
        func yes(_ flag: Bool) -> Value { .text(flag ? "yes" : "no") }
        /// `[−0.17, ∞)`: the range to three significant digits, with a typographic minus.
        func interval(_ range: Activation.OutputRange) -> Value {
            func bound(_ value: Double) -> String { NumberFormat.significant(3).string(value, minus: .typographic) }
            return .text((range.includesLower ? "[" : "(") + bound(range.lower) + ", " + bound(range.upper) + (range.includesUpper ? "]" : ")"))
        }
        let rows = activations.map { activation -> [Value] in
            let properties = activation.properties
            return [.text(activation.name), interval(properties.range), yes(properties.isZeroCentred),
                    yes(properties.isMonotonic), yes(properties.isSmooth), .number(properties.supremumOfDerivative),
                    .text(properties.saturation), properties.year.map { .text("\($0)") } ?? .missing]
        }
        return Table(caption: caption, columns: [
            Column("activation"), Column("range"), Column("zero-centred"), Column("monotonic"), Column("smooth"),
            Column("sup |f′|", format: .significant(4)), Column("saturates"), Column("year", alignment: .right),
        ], rows: rows)
    }
}
