import { LibraryStatus } from "@/generated/prisma/enums";

/** The statuses in the order a player goes through them, with the words the UI shows. */
export const LIBRARY_STATUS_LABELS: Record<LibraryStatus, string> = {
  WANT: "Want to play",
  PLAYING: "Playing",
  PLAYED: "Played",
  COMPLETED: "Completed",
  DROPPED: "Dropped",
};

export const LIBRARY_STATUSES = Object.values(LibraryStatus);
