import {
  to = awscc_resiliencehubv2_user_journey.example
  id = "system_identifier|user_journey_id"
}