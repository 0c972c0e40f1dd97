import {
  to = awscc_bedrockagentcore_browser_custom.example
  id = "browser_id"
}