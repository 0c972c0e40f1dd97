import {
  to = awscc_guardduty_ip_set.example
  identity = {
    id          = "id"
    detector_id = "detector_id"
  }
}
