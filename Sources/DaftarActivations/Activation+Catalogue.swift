/// The properties of each activation, one entry per kind.
extension Activation {
    public var properties: Properties {
        let all = OutputRange(-.infinity, .infinity)
        switch kind {
        case .identity:
            return Properties(range: all, isZeroCentred: true, isMonotonic: true, isSmooth: true,
                              saturation: "none", supremumOfDerivative: 1, kinks: [], paper: nil, year: nil)
        case .sigmoid:
            return Properties(range: OutputRange(0, 1), isZeroCentred: false, isMonotonic: true, isSmooth: true,
                              saturation: "x → ±∞", supremumOfDerivative: 0.25, kinks: [],
                              paper: "Rumelhart, Hinton & Williams, Learning representations by back-propagating errors", year: 1986)
        case .logSigmoid:
            return Properties(range: OutputRange(-.infinity, 0), isZeroCentred: false, isMonotonic: true, isSmooth: true,
                              saturation: "x → +∞", supremumOfDerivative: 1, kinks: [], paper: nil, year: nil)
        case .tanh:
            return Properties(range: OutputRange(-1, 1), isZeroCentred: true, isMonotonic: true, isSmooth: true,
                              saturation: "x → ±∞", supremumOfDerivative: 1, kinks: [],
                              paper: "LeCun, Bottou, Orr & Müller, Efficient BackProp", year: 1998)
        case .hardSigmoid:
            return Properties(range: OutputRange(0, 1, includesLower: true, includesUpper: true), isZeroCentred: false,
                              isMonotonic: true, isSmooth: false, saturation: "|x| ≥ 3 (exactly 0)",
                              supremumOfDerivative: 1.0 / 6, kinks: [-3, 3],
                              paper: "Howard et al., Searching for MobileNetV3 (arXiv:1905.02244)", year: 2019)
        case .hardTanh(let low, let high):
            return Properties(range: OutputRange(low, high, includesLower: true, includesUpper: true),
                              isZeroCentred: low == -high, isMonotonic: true, isSmooth: false,
                              saturation: "x ≤ \(low) or x ≥ \(high) (exactly 0)", supremumOfDerivative: 1, kinks: [low, high],
                              paper: "Collobert, Large Scale Machine Learning (PhD thesis)", year: 2004)
        case .relu:
            return Properties(range: OutputRange(0, .infinity, includesLower: true), isZeroCentred: false, isMonotonic: true,
                              isSmooth: false, saturation: "x < 0 (exactly 0)", supremumOfDerivative: 1, kinks: [0],
                              paper: "Nair & Hinton, Rectified Linear Units Improve Restricted Boltzmann Machines", year: 2010)
        case .relu6:
            return Properties(range: OutputRange(0, 6, includesLower: true, includesUpper: true), isZeroCentred: false,
                              isMonotonic: true, isSmooth: false, saturation: "x < 0 or x > 6 (exactly 0)",
                              supremumOfDerivative: 1, kinks: [0, 6],
                              paper: "Krizhevsky, Convolutional Deep Belief Networks on CIFAR-10", year: 2010)
        case .leakyReLU(let slope):
            return Properties(range: slope > 0 ? all : OutputRange(0, .infinity, includesLower: true), isZeroCentred: slope == 1,
                              isMonotonic: slope >= 0, isSmooth: slope == 1, saturation: slope == 0 ? "x < 0 (exactly 0)" : "none",
                              supremumOfDerivative: max(1, abs(slope)), kinks: slope == 1 ? [] : [0],
                              paper: "Maas, Hannun & Ng, Rectifier Nonlinearities Improve Neural Network Acoustic Models", year: 2013)
        case .elu(let alpha):
            return Properties(range: OutputRange(-alpha, .infinity), isZeroCentred: false, isMonotonic: alpha >= 0,
                              isSmooth: false, saturation: "x → −∞", supremumOfDerivative: max(1, abs(alpha)), kinks: [0],
                              paper: "Clevert, Unterthiner & Hochreiter, Fast and Accurate Deep Network Learning by ELUs (arXiv:1511.07289)",
                              year: 2015)
        case .selu:
            let scale = Exponentials.seluScale, alpha = Exponentials.seluAlpha
            return Properties(range: OutputRange(-scale * alpha, .infinity), isZeroCentred: false, isMonotonic: true,
                              isSmooth: false, saturation: "x → −∞", supremumOfDerivative: scale * alpha, kinks: [0],
                              paper: "Klambauer, Unterthiner, Mayr & Hochreiter, Self-Normalizing Neural Networks (arXiv:1706.02515)",
                              year: 2017)
        case .celu(let alpha):
            return Properties(range: OutputRange(-alpha, .infinity), isZeroCentred: false, isMonotonic: alpha > 0,
                              isSmooth: false, saturation: "x → −∞", supremumOfDerivative: 1, kinks: [0],
                              paper: "Barron, Continuously Differentiable Exponential Linear Units (arXiv:1704.07483)", year: 2017)
        case .gelu:
            // Minimum −0.16997120747990366 at x = −0.75179152469356446; sup f′ at x = √2 (mpmath).
            return Properties(range: OutputRange(-0.16997120747990366, .infinity, includesLower: true), isZeroCentred: false,
                              isMonotonic: false, isSmooth: true, saturation: "x → −∞", supremumOfDerivative: 1.1289041451851548,
                              kinks: [], paper: "Hendrycks & Gimpel, Gaussian Error Linear Units (arXiv:1606.08415)", year: 2016)
        case .geluTanh:
            // Minimum −0.17004075057125405 at x = −0.75246142207101626; sup f′ at x ≈ 1.4185 (mpmath).
            return Properties(range: OutputRange(-0.17004075057125405, .infinity, includesLower: true), isZeroCentred: false,
                              isMonotonic: false, isSmooth: true, saturation: "x → −∞", supremumOfDerivative: 1.1289930686587718,
                              kinks: [], paper: "Hendrycks & Gimpel, Gaussian Error Linear Units (arXiv:1606.08415)", year: 2016)
        case .silu:
            // Minimum −0.2784645427610738 at x = −1.2784645427610738; sup f′ at x ≈ 2.3994 (mpmath).
            return Properties(range: OutputRange(-0.2784645427610738, .infinity, includesLower: true), isZeroCentred: false,
                              isMonotonic: false, isSmooth: true, saturation: "x → −∞", supremumOfDerivative: 1.0998393201288669,
                              kinks: [], paper: "Hendrycks & Gimpel, Gaussian Error Linear Units (arXiv:1606.08415)", year: 2016)
        case .swish(let beta):
            // x·σ(βx) = silu(βx)/β: the same shape, scaled; f′(x) = silu′(βx).
            let lower = beta > 0 ? -0.2784645427610738 / beta : beta == 0 ? -Double.infinity : 0
            return Properties(range: OutputRange(lower, .infinity, includesLower: beta > 0), isZeroCentred: false,
                              isMonotonic: beta == 0, isSmooth: true, saturation: beta > 0 ? "x → −∞" : "none",
                              supremumOfDerivative: beta == 0 ? 0.5 : 1.0998393201288669, kinks: [],
                              paper: "Ramachandran, Zoph & Le, Searching for Activation Functions (arXiv:1710.05941)", year: 2017)
        case .mish:
            // Minimum −0.30884341301725041 at x = −1.1924312145154952; sup f′ at x ≈ 1.4906 (mpmath).
            return Properties(range: OutputRange(-0.30884341301725041, .infinity, includesLower: true), isZeroCentred: false,
                              isMonotonic: false, isSmooth: true, saturation: "x → −∞", supremumOfDerivative: 1.0884981612517279,
                              kinks: [], paper: "Misra, Mish: A Self Regularized Non-Monotonic Activation Function (arXiv:1908.08681)",
                              year: 2019)
        case .softplus(let beta, let threshold):
            return Properties(range: OutputRange(0, .infinity), isZeroCentred: false, isMonotonic: true, isSmooth: true,
                              saturation: "x → −∞", supremumOfDerivative: 1, kinks: [threshold / beta],
                              paper: "Dugas et al., Incorporating Second-Order Functional Knowledge for Better Option Pricing", year: 2001)
        case .softsign:
            return Properties(range: OutputRange(-1, 1), isZeroCentred: true, isMonotonic: true, isSmooth: false,
                              saturation: "x → ±∞ (polynomially)", supremumOfDerivative: 1, kinks: [],
                              paper: "Bergstra, Desjardins, Lamblin & Bengio, Quadratic polynomials learn better image features", year: 2009)
        case .custom(let custom):
            return custom.properties ?? Self.unknownProperties()
        }
    }
}
