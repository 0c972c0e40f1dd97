import {
  to = awscc_guardduty_threat_intel_set.example
  id = "id|detector_id"
}