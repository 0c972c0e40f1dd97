import {
  to = awscc_accessanalyzer_analyzer.example
  id = "arn"
}