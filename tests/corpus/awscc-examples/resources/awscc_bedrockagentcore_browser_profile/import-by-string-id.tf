import {
  to = awscc_bedrockagentcore_browser_profile.example
  id = "profile_id"
}