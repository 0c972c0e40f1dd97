import {
  to = awscc_guardduty_master.example
  id = "detector_id|master_id"
}