import {
  to = awscc_accessanalyzer_analyzer.example
  identity = {
    arn = "arn"
  }
}
