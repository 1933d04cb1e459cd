/// A training run displays as its loss and accuracy against the step (`LineChart.training`).
extension TrainingHistory: Displayable {
    public var mimeBundle: MIMEBundle { LineChart.training(self).mimeBundle }
}
