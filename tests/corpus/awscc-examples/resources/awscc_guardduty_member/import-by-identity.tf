import {
  to = awscc_guardduty_member.example
  identity = {
    detector_id = "detector_id"
    member_id   = "member_id"
  }
}
