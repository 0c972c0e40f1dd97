import {
  to = awscc_workspacesweb_portal.example
  identity = {
    portal_arn = "portal_arn"
  }
}
