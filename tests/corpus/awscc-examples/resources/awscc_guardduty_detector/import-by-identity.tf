import {
  to = awscc_guardduty_detector.example
  identity = {
    id = "id"
  }
}
