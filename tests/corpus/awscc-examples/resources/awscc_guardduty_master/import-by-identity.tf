import {
  to = awscc_guardduty_master.example
  identity = {
    detector_id = "detector_id"
    master_id   = "master_id"
  }
}
