import {
  to = awscc_resiliencehubv2_user_journey.example
  identity = {
    system_identifier = "system_identifier"
    user_journey_id   = "user_journey_id"
  }
}
