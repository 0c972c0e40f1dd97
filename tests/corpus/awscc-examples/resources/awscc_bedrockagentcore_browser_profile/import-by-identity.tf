import {
  to = awscc_bedrockagentcore_browser_profile.example
  identity = {
    profile_id = "profile_id"
  }
}
