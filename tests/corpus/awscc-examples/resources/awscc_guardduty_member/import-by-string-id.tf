import {
  to = awscc_guardduty_member.example
  id = "detector_id|member_id"
}