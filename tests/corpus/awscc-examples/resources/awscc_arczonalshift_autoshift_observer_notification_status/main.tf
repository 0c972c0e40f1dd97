# Create the AutoshiftObserverNotificationStatus
resource "awscc_arczonalshift_autoshift_observer_notification_status" "example" {
  status = "ENABLED"
}