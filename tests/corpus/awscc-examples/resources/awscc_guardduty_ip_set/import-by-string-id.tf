import {
  to = awscc_guardduty_ip_set.example
  id = "id|detector_id"
}