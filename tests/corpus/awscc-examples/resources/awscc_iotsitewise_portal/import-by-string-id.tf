import {
  to = awscc_iotsitewise_portal.example
  id = "portal_id"
}