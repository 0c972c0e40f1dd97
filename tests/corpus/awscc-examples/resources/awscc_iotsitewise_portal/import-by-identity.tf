import {
  to = awscc_iotsitewise_portal.example
  identity = {
    portal_id = "portal_id"
  }
}
