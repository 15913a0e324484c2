package io.llmspend.batch.report;

import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives the reports the access {@link ReportsProperties} asks for: mode and group on the reports
 * folder, its subfolders and files. Symbolic links are neither followed nor changed; files of
 * other owners are left alone. With the default settings nothing is changed (files are created
 * owner-only). Thread-safe (immutable).
 */
public final class ReportAccess {
  private static final PosixFilePermission[] BITS = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ};
  private final boolean ownerOnly;
  private final Set<PosixFilePermission> files;
  private final Set<PosixFilePermission> folders;
  private final GroupPrincipal group;

  /**
   * @param properties the settings
   * @throws InvalidInputException if the group does not exist (checked at start-up)
   */
  public ReportAccess(ReportsProperties properties) {
    this.ownerOnly = properties.ownerOnly();
    int mode = Integer.parseInt(properties.mode(), 8) & 0666;
    this.files = permissions(mode);
    this.folders = permissions(mode | (mode & 0444) >> 2);
    this.group = group(properties.group());
  }

  /**
   * Sets the mode and group of {@code reports} and everything below it.
   *
   * @throws InvalidInputException if the group does not exist
   * @throws IOException if a file's mode or group cannot be set (not a member of the group, say)
   */
  public void apply(Path reports) throws IOException {
    if (ownerOnly || !Files.isDirectory(reports, LinkOption.NOFOLLOW_LINKS)
        || Files.getFileAttributeView(reports, PosixFileAttributeView.class) == null) {
      return;
    }
    UserPrincipal owner = reports.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
    Files.walkFileTree(reports, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
          throws IOException {
        set(dir, folders, ReportAccess.this.group, owner);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        if (attributes.isRegularFile()) {
          set(file, files, ReportAccess.this.group, owner);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static GroupPrincipal group(String name) {
    if (name == null) {
      return null;
    }
    try {
      return FileSystems.getDefault().getUserPrincipalLookupService()
          .lookupPrincipalByGroupName(name);
    } catch (UserPrincipalNotFoundException e) {
      throw new InvalidInputException("llmspend.reports.group: no group named " + name);
    } catch (IOException | UnsupportedOperationException e) {
      throw new InvalidInputException("llmspend.reports.group: cannot look up " + name + ": " + e);
    }
  }

  /** Files of other owners (a file put there by hand) are left as they are. */
  private static void set(Path path, Set<PosixFilePermission> permissions, GroupPrincipal group,
      UserPrincipal owner) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (!view.getOwner().equals(owner)) {
      return;
    }
    if (group != null) {
      view.setGroup(group);
    }
    view.setPermissions(permissions);
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BITS.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(BITS[bit]);
      }
    }
    return set;
  }
}
