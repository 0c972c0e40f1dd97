import {
  to = awscc_guardduty_detector.example
  id = "id"
}